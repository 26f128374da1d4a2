// The implementation dashboard's tables: actions by status and by timing per aim, percent
// complete over periods, and (for staff) reporting completeness by institution. Counts of
// actions and reports are not about persons; they still pass the disclosure module (as
// non-sensitive) so that every table a donor reaches is made of SafeCells.
import { sql } from 'drizzle-orm';
import { listProgressPeriods } from '../progress/periods';
import { protectTable } from '../disclosure/rule';
import { cached } from './cache';
import {
	actionsAsOf,
	completenessByInstitution,
	countByAim,
	countStatusTiming,
	percentByPeriod,
	type AsOf
} from './implementation-sql';
import { bi, withSummaries } from './labels';
import { ACTION_STATUSES } from '../plan/action-status';
import { listAims, listInstitutions } from './results-view';
import type { DB } from '../db/connect';
import type { Bilingual, DashColumn, DashRow, DashTable } from '../../safe-table';

export const STATUSES = ACTION_STATUSES;
export const TIMINGS = ['on_time', 'late', 'on_track', 'delayed', 'no_report', 'not_applicable'];
const COMPLETENESS = ['on_time', 'late', 'not_submitted', 'missing'];

type Key = Parameters<typeof bi>[0];
const label = (key: string) => bi(key as Key);
const sub = (b: Bilingual, params: Record<string, string>): Bilingual => ({
	az: b.az.replace(/\{(\w+)\}/g, (m, k) => params[k] ?? m),
	en: b.en.replace(/\{(\w+)\}/g, (m, k) => params[k] ?? m)
});

/**
 * The default period: the newest with an approved report (what the plan's status rests on),
 * else the newest whose reports were due by `today`, else the first.
 */
export function defaultPeriod<P extends { id: number; dueDate: string }>(
	periods: P[],
	today: string,
	reported: Set<number> = new Set()
): P | null {
	const newest = [...periods].reverse();
	return (
		newest.find((p) => reported.has(p.id)) ??
		newest.find((p) => p.dueDate <= today) ??
		periods[0] ??
		null
	);
}

/** Periods of the plan with at least one approved progress report. */
export function reportedPeriods(db: DB, planId: number): Set<number> {
	const rows = db.all<{ id: number }>(sql`
		SELECT DISTINCT pr.period_id AS id FROM progress_report pr
		JOIN reporting_period p ON p.id = pr.period_id
		WHERE pr.state = 'approved' AND p.plan_id = ${planId}`);
	return new Set(rows.map((r) => r.id));
}

/** A table of counts: rows × columns plus a total row and column, as SafeCells. */
function countTable(
	id: string,
	title: Bilingual,
	rows: { key: string; label: Bilingual; href?: string }[],
	cols: { key: string; label: Bilingual }[],
	count: (row: string, col: string) => number,
	totalRow: Bilingual,
	totalCol: Bilingual
): DashTable {
	const value = (r: string, c: string) => count(r, c);
	const rowSum = (r: string) => cols.reduce((s, c) => s + value(r, c.key), 0);
	const colSum = (c: string) => rows.reduce((s, r) => s + value(r.key, c), 0);
	const cells = [
		...rows.flatMap((r) => [
			...cols.map((c) => ({ id: `${r.key}|${c.key}`, value: value(r.key, c.key) })),
			{ id: `${r.key}|*`, value: rowSum(r.key) }
		]),
		...cols.map((c) => ({ id: `*|${c.key}`, value: colSum(c.key) })),
		{ id: '*|*', value: rows.reduce((s, r) => s + rowSum(r.key), 0) }
	];
	const safe = protectTable({ cells, equations: [], sensitive: false }, 0);
	const columns: DashColumn[] = [
		...cols.map((c) => ({ id: c.key, label: c.label })),
		{ id: '*', label: totalCol, total: true }
	];
	const line = (key: string): DashRow['cells'] =>
		columns.map((c) => safe.get(`${key}|${c.id}`) ?? null);
	return {
		id,
		title,
		chart: 'hstacked',
		columns,
		rows: [
			...rows.map((r) => ({ key: r.key, label: r.label, href: r.href, cells: line(r.key) })),
			{ key: 'total', label: totalRow, total: true, cells: line('*') }
		]
	};
}

export interface ImplementationRequest {
	planId: number;
	period: { id: number; code: string; endDate: string };
	institutionId: number | null;
	/** an aim's position, to show that aim only */
	aim: number | null;
	/** staff get drill-down links and the completeness table */
	staff: boolean;
	/** query string carried into drill-down links */
	query: string;
}

export function implementationTables(db: DB, r: ImplementationRequest): DashTable[] {
	return cached(
		db,
		`impl:${r.planId}:${r.period.id}:${r.institutionId}:${r.aim}:${r.staff}:${r.query}`,
		() => withSummaries(build(db, r))
	);
}

function build(db: DB, r: ImplementationRequest): DashTable[] {
	const q: AsOf = { planId: r.planId, end: r.period.endDate, institutionId: r.institutionId };
	const aims = listAims(db, r.planId).filter((a) => r.aim === null || a.position === r.aim);
	const aimRows = aims.map((a) => ({
		key: `aim-${a.position}`,
		label: { az: `${a.code} ${a.title.az}`, en: `${a.code} ${a.title.en}` },
		href: r.staff ? `/dashboard/aims/${a.position}${r.query}` : undefined
	}));
	const rows = countStatusTiming(db, q);
	const counts = (by: 'status' | 'timing') => {
		const m = new Map<string, number>();
		for (const c of countByAim(db, q, by, rows)) {
			const aim = aims.find((a) => a.id === c.sectionId);
			if (aim) m.set(`aim-${aim.position}|${c.key}`, c.n);
		}
		return (row: string, col: string) => m.get(`${row}|${col}`) ?? 0;
	};
	const tables = [
		countTable(
			'status',
			bi('impl.t.status'),
			aimRows,
			STATUSES.map((s) => ({ key: s, label: label(`impl.status.${s}`) })),
			counts('status'),
			bi('impl.all_aims'),
			bi('impl.actions')
		),
		countTable(
			'timing',
			bi('impl.t.timing'),
			aimRows,
			TIMINGS.map((s) => ({ key: s, label: label(`impl.timing.${s}`) })),
			counts('timing'),
			bi('impl.all_aims'),
			bi('impl.actions')
		),
		percentTable(db, r, aims)
	];
	if (r.staff) tables.push(completenessTable(db, r));
	return tables;
}

function percentTable(
	db: DB,
	r: ImplementationRequest,
	aims: ReturnType<typeof listAims>
): DashTable {
	const periods = listProgressPeriods(db, r.planId).filter((p) => p.endDate <= r.period.endDate);
	const pct = new Map(
		percentByPeriod(db, r.planId, r.institutionId).map((x) => [
			`${x.sectionId}|${x.periodId}`,
			x.pct
		])
	);
	const cells = aims.flatMap((a) =>
		periods.map((p) => ({ id: `${a.id}|${p.id}`, value: pct.get(`${a.id}|${p.id}`) ?? -1 }))
	);
	const safe = protectTable(
		{ cells: cells.filter((c) => c.value >= 0), equations: [], sensitive: false },
		0
	);
	return {
		id: 'percent',
		title: bi('impl.t.percent'),
		// grouped bars, not lines: chart.js is one module, so a line chart anywhere in the app would
		// put its controller into the donor page's JavaScript too
		chart: 'bar',
		unit: 'percent',
		columns: periods.map((p) => ({ id: p.code, label: { az: p.code, en: p.code } })),
		rows: aims.map((a) => ({
			key: `aim-${a.position}`,
			label: { az: `${a.code} ${a.title.az}`, en: `${a.code} ${a.title.en}` },
			cells: periods.map((p) => safe.get(`${a.id}|${p.id}`) ?? null)
		}))
	};
}

function completenessTable(db: DB, r: ImplementationRequest): DashTable {
	const rows = completenessByInstitution(db, r.period.id, r.institutionId);
	const m = new Map(rows.map((x) => [`${x.institutionId}|${x.key}`, x.n]));
	const ids = new Set(rows.map((x) => x.institutionId));
	const insts = listInstitutions(db).filter((i) => ids.has(i.id));
	return countTable(
		'completeness',
		sub(bi('impl.t.completeness'), { period: r.period.code }),
		insts.map((i) => ({ key: `inst-${i.id}`, label: i.name })),
		COMPLETENESS.map((k) => ({ key: k, label: label(`impl.completeness.${k}`) })),
		(row, col) => m.get(`${row.slice(5)}|${col}`) ?? 0,
		bi('results.total'),
		bi('impl.owed')
	);
}

export { actionsAsOf };
