// Warnings beside a report's cells: year-on-year changes against the same institution's previous
// year, convicted beyond sent to court, and disagreements with another institution reporting the
// same fact (statistics/combine.ts sameFacts).
// Compared figures are the other reports' submitted or approved ones, never someone's draft.
import { and, eq, inArray } from 'drizzle-orm';
import { institution, statReport } from '../db/schema';
import type { DB } from '../db/connect';
import { getSetting } from '../settings';
import { loadMetrics } from './definitions';
import { periodYear, statPeriodForYear, getStatPeriod } from './periods';
import { findReport, loadCells } from './reports';
import { checkOrder, disagreementWarnings, yoyWarnings } from './validate';
import { sameFacts } from './combine';
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
	metrics: MetricDef[] = loadMetrics(db),
	/** exact: reviewers see the other institution's figure; focal points only that it differs */
	opts: { exact: boolean } = { exact: false }
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
	out.push(...checkOrder(cells));
	const mine = codeOfInstitution(db, institutionId) ?? '';
	for (const f of sameFacts(db)) {
		if (!f.institutions.some((i) => i.id === institutionId) || !cells.has(f.metric)) continue;
		for (const other of f.institutions) {
			if (other.id === institutionId) continue;
			const theirs = settledCells(db, other.id, periodId, metrics);
			if (theirs)
				out.push(
					...disagreementWarnings(
						{ metric: f.metric, institution: mine },
						{ metric: f.metric, institution: other.code },
						cells.get(f.metric)!,
						theirs.get(f.metric) ?? [],
						opts.exact
					)
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
