// Warnings beside a report's cells: year-on-year changes against the same institution's previous
// year, and disagreements with another institution reporting the same fact (FACTS in validate.ts).
// Compared figures are the other reports' submitted or approved ones, never someone's draft.
import { and, eq, inArray } from 'drizzle-orm';
import { institution, statReport } from '../db/schema';
import type { DB } from '../db/connect';
import { getSetting } from '../settings';
import { loadMetrics } from './definitions';
import { periodYear, statPeriodForYear, getStatPeriod } from './periods';
import { findReport, loadCells } from './reports';
import { FACTS, disagreementWarnings, yoyWarnings } from './validate';
import type { CellInput, Issue, MetricDef } from './types';

const SETTLED = ['submitted', 'approved'] as const;

/** Cells of an institution's settled report for a period, by metric code. */
export function settledCells(
	db: DB,
	institutionId: number,
	periodId: number,
	metrics: MetricDef[] = loadMetrics(db)
): Map<string, CellInput[]> | null {
	const r = findReport(db, institutionId, periodId);
	if (!r || !(SETTLED as readonly string[]).includes(r.state)) return null;
	return loadCells(db, r.id, metrics);
}

export function codeOfInstitution(db: DB, id: number): string | null {
	return db.select().from(institution).where(eq(institution.id, id)).get()?.code ?? null;
}

export function reportWarnings(
	db: DB,
	institutionId: number,
	periodId: number,
	cells: Map<string, CellInput[]>,
	metrics: MetricDef[] = loadMetrics(db)
): Issue[] {
	const period = getStatPeriod(db, periodId);
	if (!period) return [];
	const out: Issue[] = [];
	const year = periodYear(period);
	const prevPeriod = statPeriodForYear(db, year - 1);
	const prev = prevPeriod ? settledCells(db, institutionId, prevPeriod.id, metrics) : null;
	if (prev) {
		const factor = getSetting(db, 'yoyWarningFactor');
		for (const [metric, list] of cells)
			out.push(...yoyWarnings(metric, list, prev.get(metric) ?? [], factor, year - 1));
	}
	const mine = codeOfInstitution(db, institutionId);
	for (const f of FACTS) {
		for (const [me, other] of [
			[f.a, f.b],
			[f.b, f.a]
		] as const) {
			if (me.institution !== mine || !cells.has(me.metric)) continue;
			const otherId = db
				.select()
				.from(institution)
				.where(eq(institution.code, other.institution))
				.get()?.id;
			const theirs = otherId ? settledCells(db, otherId, periodId, metrics) : null;
			if (theirs)
				out.push(
					...disagreementWarnings(me, other, cells.get(me.metric)!, theirs.get(other.metric) ?? [])
				);
		}
	}
	return out;
}

/** Settled reports of a period (for the reconciliation report). */
export function settledReports(db: DB, periodId: number) {
	return db
		.select()
		.from(statReport)
		.where(and(eq(statReport.periodId, periodId), inArray(statReport.state, [...SETTLED])))
		.all();
}
