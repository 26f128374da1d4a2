// The reviewers' reconciliation report for one year: every fact two institutions report side by
// side, and every warning of every submitted or approved report.
import { eq } from 'drizzle-orm';
import { institution } from '../db/schema';
import type { DB } from '../db/connect';
import { compareFact, FACTS, type Comparison } from './validate';
import { loadMetrics } from './definitions';
import { reportWarnings, settledCells, settledReports } from './warnings';
import type { Issue } from './types';

export interface FactRow {
	id: string;
	a: { metric: string; institution: string; reported: boolean };
	b: { metric: string; institution: string; reported: boolean };
	comparisons: Comparison[];
}

export interface ReportWarnings {
	reportId: number;
	institutionId: number;
	state: string;
	warnings: Issue[];
}

export function reconcile(
	db: DB,
	periodId: number
): { facts: FactRow[]; reports: ReportWarnings[] } {
	const idOf = (code: string) =>
		db.select().from(institution).where(eq(institution.code, code)).get()?.id;
	const metrics = loadMetrics(db);
	const facts = FACTS.map((f) => {
		const aId = idOf(f.a.institution);
		const bId = idOf(f.b.institution);
		const a = aId ? settledCells(db, aId, periodId, metrics) : null;
		const b = bId ? settledCells(db, bId, periodId, metrics) : null;
		return {
			id: f.id,
			a: { ...f.a, reported: a !== null },
			b: { ...f.b, reported: b !== null },
			comparisons: compareFact(a?.get(f.a.metric) ?? [], b?.get(f.b.metric) ?? [])
		};
	});
	const reports = settledReports(db, periodId).map((r) => ({
		reportId: r.id,
		institutionId: r.institutionId,
		state: r.state,
		warnings: reportWarnings(
			db,
			r.institutionId,
			periodId,
			settledCells(db, r.institutionId, periodId, metrics)!,
			metrics
		)
	}));
	return { facts, reports };
}
