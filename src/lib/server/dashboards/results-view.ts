// Results for a page or an export: the years a viewer may choose, and the tables for the chosen
// filter, exact (reviewers, admins) or protected (everyone else).
import { asc, eq } from 'drizzle-orm';
import { planSection, type Plan } from '../db/schema';
import { PUBLISHED_ONLY, choosePlan } from '../plan/current';
import { cached } from './cache';
import { listInstitutions as institutionRows } from '../institutions';
import {
	assembleTables,
	resultCells,
	universeColumns,
	yearColumns,
	type ResultsView
} from './results';
import {
	figureSourceKey,
	statisticsAsOf,
	statisticsYears,
	type FigureSource
} from './stat-figures';
import { dateText, withSummaries } from './labels';
import type { DB } from '../db/connect';
import type { Bilingual } from '../../safe-table';

export interface PlanOption {
	id: number;
	code: string;
	title: Bilingual;
	startYear: number;
	endYear: number;
}

/**
 * The published plans for a dashboard's selector and the one it opens on (the asked-for plan, else
 * the current one; see plan/current.ts). Drafts have no reports and stay out of every dashboard.
 */
export function dashboardPlans(
	db: DB,
	requested: number | null,
	today: string
): { plans: PlanOption[]; plan: PlanOption | null } {
	const chosen = choosePlan(db, requested, { ...PUBLISHED_ONLY, today });
	const option = (p: Plan): PlanOption => ({
		id: p.id,
		code: p.code,
		title: { az: p.titleAz, en: p.titleEn },
		startYear: p.startYear,
		endYear: p.endYear
	});
	return { plans: chosen.plans.map(option), plan: chosen.plan ? option(chosen.plan) : null };
}

/** The plan's aims (its sections, in order), numbered from 1. */
export function listAims(
	db: DB,
	planId: number
): { position: number; id: number; code: string; title: Bilingual }[] {
	return db
		.select()
		.from(planSection)
		.where(eq(planSection.planId, planId))
		.orderBy(asc(planSection.sortOrder), asc(planSection.id))
		.all()
		.map((s, i) => ({
			position: i + 1,
			id: s.id,
			code: s.code,
			title: { az: s.titleAz, en: s.titleEn }
		}));
}

/** Active institutions with both names (one list serves both languages: pages are cached). */
export function listInstitutions(db: DB): { id: number; code: string; name: Bilingual }[] {
	return institutionRows(db, { activeOnly: true }).map((i) => ({
		id: i.id,
		code: i.code,
		name: { az: i.nameAz, en: i.nameEn }
	}));
}

/** Years a viewer can choose: protected views stay within the plan (the fixed layout). */
export function selectableYears(
	db: DB,
	p: PlanOption | null,
	exact: boolean,
	source?: FigureSource
): number[] {
	const key = figureSourceKey(source);
	const years = cached(db, `stat:years:${key}`, () => statisticsYears(db, source));
	if (exact || p === null) return years;
	return years.filter((y) => y >= p.startYear && y <= p.endYear);
}

export interface ResultsRequest {
	plan: PlanOption | null;
	fromYear: number;
	toYear: number;
	aim: number | null;
	institutionIds?: number[];
	exact: boolean;
	threshold: number;
	/**
	 * approved data now (the pages), as of an instant or a review snapshot (the round-table pack):
	 * the same cells, the same protection, for whichever source
	 */
	source?: FigureSource;
}

export function getResultsView(
	db: DB,
	r: ResultsRequest
): ResultsView & { asOf: string | null; asOfText: Bilingual | null } {
	// approved-data facts: cached with the aggregates (the cache notices approvals)
	const asOf = cached(db, 'stat:asOf', () => statisticsAsOf(db)?.toISOString() ?? null);
	const available = selectableYears(db, r.plan, r.exact, r.source);
	const years = available.filter((y) => y >= r.fromYear && y <= r.toYear);
	const columns = yearColumns(years);
	const src = figureSourceKey(r.source);
	const { cells, labels, inconsistent, unavailable, marks, crosses } = r.exact
		? cached(db, `results:exact:${src}:${years}:${r.institutionIds ?? 'all'}`, () =>
				resultCells(db, years, columns, {
					protect: false,
					threshold: r.threshold,
					institutionIds: r.institutionIds,
					source: r.source
				})
			)
		: cached(db, `results:protected:${src}:${available}:${r.threshold}`, () =>
				resultCells(db, available, universeColumns(available), {
					protect: true,
					threshold: r.threshold,
					source: r.source
				})
			);
	const notes = r.exact
		? inconsistent.map((x) => {
				const [metric, year, dim] = x.split(':');
				return { key: 'results.inconsistent', params: { what: `${metric}/${dim}`, year } };
			})
		: [];
	return {
		columns: columns.map((c) => ({
			id: c.id,
			label: { az: c.id.replace('-', '–'), en: c.id.replace('-', '–') },
			total: c.years.length > 1
		})),
		tables: withSummaries(
			assembleTables(cells, labels, columns, r.aim, unavailable, marks, crosses)
		),
		protected: !r.exact,
		notes,
		asOf,
		asOfText: dateText(asOf)
	};
}
