// Validation of statistics: pure functions over cells, so that the grid, the import preview, the
// submit precheck and the reconciliation report all apply the same rules.
//   blocking: counts are whole and not negative; disaggregated cells add up to their total, per
//             dimension; no cell exceeds its total (children ≤ victims).
//   warnings: a year-on-year change beyond a factor; convicted > sent to court (different years'
//             populations); two institutions disagreeing on one fact.
import { formatKey, parseKey } from './keys';
import type { CellValue, Issue, MetricDef } from './types';

export const MAX_COUNT = 100_000_000;

export type CountResult = { ok: true; value: number | null } | { ok: false; error: string };

/** Reads a typed count: '' is "no value"; spaces as thousands separators are tolerated. */
export function parseCount(raw: string | number | null | undefined): CountResult {
	if (raw === null || raw === undefined) return { ok: true, value: null };
	if (typeof raw === 'number') return checkCount(raw);
	const s = raw.replace(/[\s\u00a0]/g, '');
	if (s === '') return { ok: true, value: null };
	if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(s))
		return { ok: false, error: 'stat.rule.not_a_number' };
	return checkCount(Number(s.replace(',', '.')));
}

export function checkCount(n: number): CountResult {
	if (!Number.isFinite(n)) return { ok: false, error: 'stat.rule.not_a_number' };
	if (n < 0) return { ok: false, error: 'stat.rule.negative' };
	if (!Number.isInteger(n)) return { ok: false, error: 'stat.rule.fractional' };
	if (n > MAX_COUNT) return { ok: false, error: 'stat.rule.too_large' };
	return { ok: true, value: n };
}

const num = (c: CellValue | undefined): number | null =>
	c && !c.notAvailable && c.value !== null ? c.value : null;

function issue(
	level: Issue['level'],
	rule: string,
	metric: string,
	key: string,
	message: string,
	params: Issue['params'] = {}
): Issue {
	return { level, rule, metric, key, message, params };
}

/** Stored values that break the count rules (a guard for data that did not come through a form). */
export function checkCounts(metric: MetricDef, cells: CellValue[]): Issue[] {
	const out: Issue[] = [];
	for (const c of cells) {
		if (c.notAvailable && c.value !== null)
			out.push(issue('error', 'value_and_na', metric.code, c.key, 'stat.rule.value_and_na'));
		if (c.value === null) continue;
		const r = checkCount(c.value);
		if (!r.ok) out.push(issue('error', 'count', metric.code, c.key, r.error));
	}
	return out;
}

/**
 * For every cell and every dimension of the metric it does not fix, the cells one step finer
 * along that dimension must add up to it when all are given, and never exceed it when some are.
 * No cell may exceed a coarser cell that contains it (children ≤ victims is the case age=child).
 */
export function checkSums(metric: MetricDef, cells: CellValue[]): Issue[] {
	const out: Issue[] = [];
	const parsed = cells.map((c) => ({ cell: c, v: num(c), parts: parseKey(c.key) ?? {} }));
	// children grouped by the cell one step coarser along one dimension: "parentKey|dimension"
	const groups = new Map<string, number[]>();
	for (const c of parsed) {
		if (c.v === null) continue;
		for (const d of Object.keys(c.parts)) {
			const { [d]: _, ...rest } = c.parts;
			const g = `${formatKey(rest)}|${d}`;
			groups.set(g, [...(groups.get(g) ?? []), c.v]);
		}
	}
	for (const { cell: parent, v: total, parts } of parsed) {
		if (total === null) continue;
		for (const dim of metric.dimensions) {
			if (dim.code in parts || dim.categories.length === 0) continue;
			const given = groups.get(`${parent.key}|${dim.code}`) ?? [];
			if (given.length < 2) continue;
			const sum = given.reduce((a, b) => a + b, 0);
			const params = { dimension: dim.code, sum, total };
			if (given.length === dim.categories.length && sum !== total)
				out.push(issue('error', 'sum', metric.code, parent.key, 'stat.rule.sum_mismatch', params));
			else if (sum > total)
				out.push(issue('error', 'sum', metric.code, parent.key, 'stat.rule.sum_exceeds', params));
		}
	}
	for (const c of parsed) {
		if (c.v === null || c.cell.key === '') continue;
		const dims = Object.keys(c.parts);
		for (const a of parsed) {
			if (a.v === null || c.v <= a.v) continue;
			const aDims = Object.keys(a.parts);
			// a proper ancestor fixes fewer dimensions, each to the same category
			if (aDims.length >= dims.length || !aDims.every((d) => c.parts[d] === a.parts[d])) continue;
			const child = c.parts.age === 'child' && a.cell.key === '';
			out.push(
				child
					? issue('error', 'children', metric.code, c.cell.key, 'stat.rule.children_exceed_total', {
							children: c.v,
							total: a.v
						})
					: issue('error', 'exceeds', metric.code, c.cell.key, 'stat.rule.exceeds_parent', {
							value: c.v,
							parent: a.v,
							parentKey: a.cell.key
						})
			);
		}
	}
	return out;
}

/**
 * The parts larger than their total that changing a metric's cells from `before` to `after` would
 * bring in: a part above its total (a cross-table cell above its row or column margin, children
 * above victims), or parts that already add up to more than their total. Such a save is refused
 * with the cell named, nothing written — unlike a breakdown that does not add up yet, which a
 * draft may hold until submission. (A one-dimensional breakdown given in full that adds up wrong
 * stays a draft's business: a file import may bring it and the grid is where it is fixed.)
 */
export function newExcesses(metric: MetricDef, before: CellValue[], after: CellValue[]): Issue[] {
	const excess = (cells: CellValue[]) =>
		checkSums(metric, cells).filter(
			(i) =>
				i.rule === 'exceeds' ||
				i.rule === 'children' ||
				(i.rule === 'sum' &&
					(i.message === 'stat.rule.sum_exceeds' ||
						(i.key !== '' && Number(i.params.sum) > Number(i.params.total))))
		);
	const sig = (i: Issue) => `${i.rule}|${i.key}|${i.params.dimension ?? i.params.parentKey ?? ''}`;
	const had = new Set(excess(before).map(sig));
	return excess(after)
		.filter((i) => !had.has(sig(i)))
		.map((i) =>
			i.rule === 'sum'
				? issue('error', 'refused', metric.code, i.key, 'stat.refuse.parts_exceed', {
						totalKey: i.key,
						dimension: i.params.dimension,
						sum: i.params.sum,
						total: i.params.total
					})
				: issue('error', 'refused', metric.code, i.key, 'stat.refuse.part_exceeds', {
						cellKey: i.key,
						value: i.params.value ?? i.params.children,
						totalKey: i.params.parentKey ?? '',
						total: i.params.parent ?? i.params.total
					})
		);
}

/**
 * Pairs of metrics in one report where the first is usually not larger than the second. Only a
 * warning: convictions of a year include persons sent to court in earlier years.
 */
export const ORDER_RULES = [
	{
		lower: 'persons_convicted',
		upper: 'persons_sent_to_court',
		message: 'stat.warn.convicted_exceeds_sent'
	}
];

export function checkOrder(cellsByMetric: Map<string, CellValue[]>): Issue[] {
	const out: Issue[] = [];
	for (const r of ORDER_RULES) {
		const lo = num(cellsByMetric.get(r.lower)?.find((c) => c.key === ''));
		const up = num(cellsByMetric.get(r.upper)?.find((c) => c.key === ''));
		if (lo !== null && up !== null && lo > up)
			out.push(
				issue('warning', 'order', r.lower, '', r.message, { value: lo, limit: up, other: r.upper })
			);
	}
	return out;
}

/** Every blocking rule for one report; submit is refused while this is not empty. */
export function validateReport(
	metrics: MetricDef[],
	cellsByMetric: Map<string, CellValue[]>
): Issue[] {
	const out: Issue[] = [];
	for (const m of metrics) {
		const cells = cellsByMetric.get(m.code) ?? [];
		out.push(...checkCounts(m, cells), ...checkSums(m, cells));
	}
	return out;
}

/**
 * Year-on-year: a cell more than `factor` times larger or smaller than the same cell a year
 * before (0 counts as 1, so 0 → 1 is not flagged but 0 → 3 is when the factor is 2).
 */
export function yoyWarnings(
	metricCode: string,
	current: CellValue[],
	previous: CellValue[],
	factor: number,
	previousYear: number
): Issue[] {
	if (!(factor > 1)) return [];
	const prev = new Map(previous.map((c) => [c.key, num(c)]));
	const out: Issue[] = [];
	for (const c of current) {
		const now = num(c);
		const before = prev.get(c.key);
		if (now === null || before === null || before === undefined) continue;
		const ratio = Math.max(now, before) / Math.max(Math.min(now, before), 1);
		if (ratio > factor)
			out.push(
				issue('warning', 'yoy', metricCode, c.key, 'stat.warn.yoy', {
					previous: before,
					year: previousYear,
					factor
				})
			);
	}
	return out;
}

export type Side = { metric: string; institution: string };

export interface Comparison {
	key: string;
	a: number | null;
	b: number | null;
	agree: boolean | null;
}

/** The cells both sides gave a number for, compared; `agree` is null when one side is missing. */
export function compareFact(aCells: CellValue[], bCells: CellValue[]): Comparison[] {
	const a = new Map(aCells.map((c) => [c.key, num(c)]));
	const b = new Map(bCells.map((c) => [c.key, num(c)]));
	const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
	return keys
		.filter((k) => a.get(k) != null || b.get(k) != null)
		.map((k) => {
			const x = a.get(k) ?? null;
			const y = b.get(k) ?? null;
			return { key: k, a: x, b: y, agree: x === null || y === null ? null : x === y };
		});
}

/**
 * Disagreement warnings for the `mine` side of a fact, beside that side's cells. `exact` (for
 * reviewers) names the other institution's figure; a focal point only learns that it differs.
 */
export function disagreementWarnings(
	mine: Side,
	other: Side,
	mineCells: CellValue[],
	otherCells: CellValue[],
	exact = false
): Issue[] {
	return compareFact(mineCells, otherCells)
		.filter((c) => c.agree === false)
		.map((c) =>
			exact
				? issue('warning', 'disagree', mine.metric, c.key, 'stat.warn.disagree', {
						institution: other.institution,
						other: other.metric,
						value: c.b as number
					})
				: issue('warning', 'disagree', mine.metric, c.key, 'stat.warn.disagree_hidden', {
						institution: other.institution,
						other: other.metric
					})
		);
}
