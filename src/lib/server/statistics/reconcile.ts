// The reviewers' reconciliation report for one year: every fact several institutions report
// (statistics/combine.ts sameFacts), each institution's figure beside the one published, and
// every warning of every submitted or approved report (with exact figures: reviewers only).
import type { DB } from '../db/connect';
import { officialChoice, sameFacts } from './combine';
import { loadMetrics } from './definitions';
import { reportWarnings, settledCells, settledReports } from './warnings';
import type { CellInput, Issue } from './types';

export interface FactRow {
	id: string;
	metricId: number;
	metric: string;
	institutions: { id: number; code: string; reported: boolean }[];
	/** the institution whose figure is published this year, and why when a reviewer chose it */
	publishedInstitutionId: number | null;
	officialInstitutionId: number | null;
	choice: { institutionId: number; reason: string } | null;
	rows: {
		key: string;
		/** per institution, in `institutions` order; null = no figure */
		values: (number | null)[];
		published: number | null;
		/** null when fewer than two institutions gave a figure */
		agree: boolean | null;
	}[];
}

export interface ReportWarnings {
	reportId: number;
	institutionId: number;
	state: string;
	warnings: Issue[];
}

const num = (c: CellInput | undefined) =>
	c && !c.notAvailable && c.value !== null ? c.value : null;

export function reconcile(
	db: DB,
	periodId: number
): { facts: FactRow[]; reports: ReportWarnings[] } {
	const metrics = loadMetrics(db);
	const facts = sameFacts(db).map((f): FactRow => {
		const cells = f.institutions.map((i) => settledCells(db, i.id, periodId, metrics));
		const byInst = cells.map((c) => new Map((c?.get(f.metric) ?? []).map((x) => [x.key, num(x)])));
		const choice = officialChoice(db, f.metricId, periodId);
		const publishedId = choice?.institutionId ?? f.officialInstitutionId;
		const pubIndex = f.institutions.findIndex((i) => i.id === publishedId);
		const keys = [...new Set(byInst.flatMap((m) => [...m.keys()]))].sort();
		return {
			id: f.metric,
			metricId: f.metricId,
			metric: f.metric,
			institutions: f.institutions.map((i, k) => ({ ...i, reported: cells[k] !== null })),
			publishedInstitutionId: publishedId,
			officialInstitutionId: f.officialInstitutionId,
			choice: choice ? { institutionId: choice.institutionId, reason: choice.reason } : null,
			rows: keys
				.map((key) => {
					const values = byInst.map((m) => m.get(key) ?? null);
					const given = values.filter((v): v is number => v !== null);
					return {
						key,
						values,
						published: pubIndex >= 0 ? values[pubIndex] : null,
						agree: given.length < 2 ? null : given.every((v) => v === given[0])
					};
				})
				.filter((r) => r.values.some((v) => v !== null))
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
			metrics,
			{ exact: true }
		)
	}));
	return { facts, reports };
}
