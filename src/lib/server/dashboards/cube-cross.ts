// A cross-classification (victims by form of exploitation × country of exploitation) as cells of
// the metric's cube: the inner cells, a "not stated" column per row and a "not stated" row per
// column where a margin exceeds what its inner cells account for, and the corner (neither stated),
// with the equations of each row and column — so disclosure control protects the two-way table
// together with its margins, which are the cells of the metric's one-dimensional tables.
//
// A partial cross table is normal (only the victims exploited in Azerbaijan published by form):
// the inner cells not given in a year that gives some are part of that year's "not stated".
import type { Equation } from '../disclosure/rule';

export const NS = '?';

export interface CrossDims {
	row: { code: string; categories: string[] };
	col: { code: string; categories: string[] };
}

/** The key of an inner cell: canonical `dim=cat;dim=cat`, sorted by dimension code. */
export function crossKey(x: CrossDims, r: string, c: string): string {
	return [
		[x.row.code, r],
		[x.col.code, c]
	]
		.sort((a, b) => (a[0] < b[0] ? -1 : 1))
		.map(([d, v]) => `${d}=${v}`)
		.join(';');
}

/** `row×col`: the name under which a year "absorbs" the cross's missing inner cells. */
export const crossName = (x: CrossDims) => `${x.row.code}×${x.col.code}`;

/** Every key of the cross table's body (categories and "not stated" on both sides). */
export function crossKeys(x: CrossDims): string[] {
	const rows = [...x.row.categories, NS];
	const cols = [...x.col.categories, NS];
	return rows.flatMap((r) => cols.map((c) => crossKey(x, r, c)));
}

interface YearState {
	value: Map<string, number>;
	equations: Equation[];
	inconsistent: string[];
	/** cells with no value whose figure cannot be stated (the corner of an overlapping table) */
	overlap: (id: string) => void;
}

/**
 * One year's cross table. `given`: the year gives the cross (some inner cell), so that its missing
 * inner cells count as "not stated" rather than "not reported yet". `open`: margins the year does
 * not give although inner cells of theirs are given — such a margin is not "not stated" that
 * year (its persons are partly known), so a range adding it up lacks the year.
 */
export function addCrossYear(
	s: YearState,
	x: CrossDims,
	fig: Map<string, number | null>,
	year: number,
	id: (key: string) => string,
	absorbed: { row: boolean; col: boolean }
): { given: boolean; open: string[] } {
	const open: string[] = [];
	const inner = new Map<string, number>();
	// a cell inside a row, a column or a year known to be 0 is 0 for every reader: it is left
	// out (a hidden cell that is pinned anyway could protect nothing)
	const zero = (key: string) => s.value.get(id(key)) === 0;
	if (zero('')) return { given: false, open };
	for (const r of x.row.categories)
		for (const c of x.col.categories) {
			const v = fig.get(crossKey(x, r, c));
			if (typeof v !== 'number' || zero(`${x.row.code}=${r}`) || zero(`${x.col.code}=${c}`))
				continue;
			inner.set(crossKey(x, r, c), v);
		}
	if (inner.size === 0) return { given: false, open };
	for (const [k, v] of inner) s.value.set(id(k), v);
	const margin = (key: string) => s.value.get(id(key));
	let complete = absorbed.row && absorbed.col;
	// rows: a row's margin = its inner cells + its "not stated" column
	const side = (
		lines: string[],
		across: string[],
		key: (line: string, other: string) => string,
		dim: string
	) => {
		for (const line of lines) {
			const parts = across.map((o) => key(line, o)).filter((k) => inner.has(k));
			const m = margin(`${dim}=${line}`);
			if (m === undefined) {
				// inner cells without their margin
				if (parts.length > 0) ((complete = false), open.push(`${dim}=${line}`));
				continue;
			}
			const sum = parts.reduce((t, k) => t + inner.get(k)!, 0);
			if (sum > m) {
				s.inconsistent.push(`${year}:${crossName(x)}`);
				complete = false;
				continue;
			}
			// the "not stated" part of a known margin is a figure, also when it is 0
			const ns = id(key(line, NS));
			s.value.set(ns, m - sum);
			s.equations.push({ total: id(`${dim}=${line}`), parts: [...parts.map(id), ns] });
		}
	};
	side(x.row.categories, x.col.categories, (r, c) => crossKey(x, r, c), x.row.code);
	side(x.col.categories, x.row.categories, (c, r) => crossKey(x, r, c), x.col.code);
	// the corner: persons whose row and column are both not stated. When the margins' "not stated"
	// parts overlap (a row margin's unknown countries are partly in a column margin), no figure
	// can be stated for it
	if (!complete) return { given: true, open };
	const rowNs = margin(`${x.row.code}=${NS}`) ?? 0;
	const nsRow = x.col.categories.map((c) => id(crossKey(x, NS, c))).filter((k) => s.value.has(k));
	const nsCol = x.row.categories.map((r) => id(crossKey(x, r, NS))).filter((k) => s.value.has(k));
	const corner = rowNs - nsRow.reduce((t, k) => t + s.value.get(k)!, 0);
	const cornerId = id(crossKey(x, NS, NS));
	if (corner < 0) {
		s.overlap(cornerId);
		return { given: true, open };
	}
	s.value.set(cornerId, corner);
	const equation = (total: string, parts: string[]) => {
		// a margin's "not stated" of 0 has no cell: its parts are then all 0 too
		if (s.value.has(id(total))) s.equations.push({ total: id(total), parts: [...parts, cornerId] });
	};
	equation(`${x.row.code}=${NS}`, nsRow);
	equation(`${x.col.code}=${NS}`, nsCol);
	return { given: true, open };
}

/**
 * A multi-year column's cross table: each of its rows and columns (with the "not stated" ones)
 * adds up when its year figures did. An equation is added only where it holds with the column's
 * figures — a reader can write it down, and an equation that holds never weakens the protection.
 */
export function addCrossRange(
	value: Map<string, number>,
	equations: Equation[],
	x: CrossDims,
	id: (key: string) => string,
	resolve: (cellId: string) => string | undefined
) {
	const rows = [...x.row.categories, NS];
	const cols = [...x.col.categories, NS];
	const line = (total: string, keys: string[]) => {
		const t = resolve(id(total));
		const parts = keys.map((k) => resolve(id(k))).filter((p): p is string => p !== undefined);
		if (t === undefined || parts.length === 0) return;
		if (parts.reduce((s, p) => s + value.get(p)!, 0) !== value.get(t)) return;
		equations.push({ total: t, parts });
	};
	for (const r of rows)
		line(
			`${x.row.code}=${r}`,
			cols.map((c) => crossKey(x, r, c))
		);
	for (const c of cols)
		line(
			`${x.col.code}=${c}`,
			rows.map((r) => crossKey(x, r, c))
		);
}
