// One metric's figures laid out as the cells a results table publishes — per column (a year or a
// multi-year range), its total, each category of each breakdown and the part "not stated" — with
// every equation a reader could set up between them. Disclosure control works on this.
import type { Equation, TableCell } from '../disclosure/rule';
import type { Figures, SpanFigures } from './stat-figures';
import { addCrossRange, addCrossYear, crossKeys, crossName, type CrossDims } from './cube-cross';

export interface CubeColumn {
	id: string;
	years: number[];
}

export interface Cube {
	cells: TableCell[];
	equations: Equation[];
	/** data problems (a breakdown larger than its total), as `year:dim` */
	inconsistent: string[];
	/** row keys some institution reported as "not available" */
	unavailable: Set<string>;
	/**
	 * What a reader must know beside a cell's value, by cell id: a range's sum that lacks some
	 * years (the sum of what is known), or a figure without value that was reported as "not
	 * available from the source" (a cell without value and without this mark: not reported yet).
	 */
	marks: Map<string, CellMark>;
}

export interface CellMark {
	/** the years of a multi-year figure that no figure accounts for (its value is a partial sum) */
	lacks?: number[];
	/** no value: reported as not available from the source */
	unavailable?: true;
	/**
	 * no value of its own: the year gives the breakdown but not this category, so its persons are
	 * part of the year's "not stated" (not "not reported yet")
	 */
	notStated?: true;
	/**
	 * the partial sum is exactly the figure of this other cell (the years it knows form a column
	 * of their own, e.g. 2020–2022 without 2022 is 2020–2021): shown as that cell, so it adds no
	 * cell, no equation, and no reason to hide more
	 */
	sameAs?: string;
}

export const NOT_STATED = '?';

export const cellId = (column: string, key: string) => `${column}|${key}`;

/** The cells of a span published as such live in a column no table shows. */
const spanCol = (id: string) => `span:${id}`;

/**
 * In a year, a category that was not reported is part of that year's "not stated" (when the
 * total is known), so a range can still add it up as zero; a figure "not available" without a
 * known total leaves the range's figure unavailable too.
 */
export function buildCube(
	byYear: Figures extends Map<string, infer Y> ? Y : never,
	dims: { code: string; categories: string[] }[],
	columns: CubeColumn[],
	spans: SpanFigures[] = [],
	/** cross-classifications of two of `dims` (both must be among them) */
	crosses: CrossDims[] = []
): Cube {
	const value = new Map<string, number>();
	const equations: Equation[] = [];
	const inconsistent: string[] = [];
	const unavailable = new Set<string>();
	const marks = new Map<string, CellMark>();
	// key → years some figure of which was reported as "not available"
	const naYears = new Map<string, Set<number>>();
	const markNa = (key: string, years: number[]) => {
		unavailable.add(key);
		if (!naYears.has(key)) naYears.set(key, new Set());
		for (const y of years) naYears.get(key)!.add(y);
	};
	// year → dims whose missing categories are absorbed by a known, consistent total
	const absorbs = new Map<number, Set<string>>();
	// year → keys a cross table of the year shows in part although their own figure is missing
	const open = new Map<number, Set<string>>();
	const yearCols = columns.filter((c) => c.years.length === 1);
	for (const col of yearCols) {
		const y = col.years[0];
		const fig = byYear.get(y) ?? new Map<string, number | null>();
		const total = fig.get('');
		absorbs.set(y, new Set());
		for (const [k, v] of fig)
			if (v === null) {
				markNa(k, [y]);
				marks.set(cellId(col.id, k), { unavailable: true });
			}
		if (typeof total === 'number') value.set(cellId(col.id, ''), total);
		for (const d of dims) {
			const parts: string[] = [];
			let sum = 0;
			for (const c of d.categories) {
				const v = fig.get(`${d.code}=${c}`);
				if (typeof v !== 'number') continue;
				value.set(cellId(col.id, `${d.code}=${c}`), v);
				parts.push(cellId(col.id, `${d.code}=${c}`));
				sum += v;
			}
			// a breakdown nobody reported this year is not a row of "not stated = total" (that
			// identity would tie the total's fate to the row's): the year has no breakdown
			if (typeof total !== 'number' || parts.length === 0) continue;
			if (sum > total) {
				inconsistent.push(`${y}:${d.code}`);
				continue;
			}
			if (sum < total) {
				value.set(cellId(col.id, `${d.code}=${NOT_STATED}`), total - sum);
				parts.push(cellId(col.id, `${d.code}=${NOT_STATED}`));
			}
			absorbs.get(y)!.add(d.code);
			equations.push({ total: cellId(col.id, ''), parts });
		}
		for (const x of crosses) {
			const { given, open: partly } = addCrossYear(
				{
					value,
					equations,
					inconsistent,
					overlap: (id) => marks.set(id, { unavailable: true })
				},
				x,
				fig,
				y,
				(key) => cellId(col.id, key),
				{ row: absorbs.get(y)!.has(x.row.code), col: absorbs.get(y)!.has(x.col.code) }
			);
			if (given) absorbs.get(y)!.add(crossName(x));
			open.set(y, new Set([...(open.get(y) ?? []), ...partly]));
		}
		// a category the year's breakdown leaves out is in that year's "not stated"
		const notStatedMark = (key: string) => {
			const id = cellId(col.id, key);
			if (!value.has(id) && !marks.has(id) && !open.get(y)?.has(key))
				marks.set(id, { notStated: true });
		};
		for (const d of dims)
			if (absorbs.get(y)!.has(d.code))
				for (const c of d.categories) notStatedMark(`${d.code}=${c}`);
		for (const x of crosses)
			if (absorbs.get(y)!.has(crossName(x))) for (const k of crossKeys(x)) notStatedMark(k);
	}
	const keys = [
		'',
		...dims.flatMap((d) => [...d.categories, NOT_STATED].map((c) => `${d.code}=${c}`)),
		...crosses.flatMap(crossKeys)
	];
	// what absorbs a key's missing figure in a year: its dimension's breakdown, or its cross table
	const absorber = new Map<string, string>(
		crosses.flatMap((x) => crossKeys(x).map((k) => [k, crossName(x)] as [string, string]))
	);
	// figures published only for several years together: cells of their own, never split
	for (const sp of spans)
		for (const [k, v] of sp.fig) {
			if (typeof v === 'number') value.set(cellId(spanCol(sp.id), k), v);
			else markNa(k, sp.years);
		}
	for (const col of columns.filter((c) => c.years.length > 1)) {
		const inside = spans.filter((sp) => sp.years.every((y) => col.years.includes(y)));
		const present = new Set<string>();
		// keys some years of which nothing accounts for: their parts and the years they lack
		const partial = new Map<string, { parts: string[]; lacks: number[] }>();
		for (const key of keys) {
			const dim = absorber.get(key) ?? key.split('=')[0];
			const fromSpans = inside.filter((sp) => value.has(cellId(spanCol(sp.id), key)));
			const parts = [
				...col.years.map((y) => cellId(`${y}`, key)).filter((id) => value.has(id)),
				...fromSpans.map((sp) => cellId(spanCol(sp.id), key))
			];
			// a year is accounted for by its own figure, as part of its "not stated", or by a span
			// covering it that published this figure
			const lacks = col.years.filter(
				(y) =>
					!value.has(cellId(`${y}`, key)) &&
					!(key !== '' && absorbs.get(y)?.has(dim) && !open.get(y)?.has(key)) &&
					!fromSpans.some((sp) => sp.years.includes(y))
			);
			if (parts.length === 0) {
				// nothing known: "not available" only when every year was reported so
				if (lacks.length > 0 && lacks.every((y) => naYears.get(key)?.has(y)))
					marks.set(cellId(col.id, key), { unavailable: true });
				continue;
			}
			if (lacks.length > 0) {
				partial.set(key, { parts, lacks });
				continue;
			}
			value.set(
				cellId(col.id, key),
				parts.reduce((s, id) => s + value.get(id)!, 0)
			);
			equations.push({ total: cellId(col.id, key), parts, overTime: true });
			present.add(key);
		}
		// a total published only through its first breakdown (crimes by article) whose years are
		// not all known on their own: the range's total is the sum of that breakdown's range cells
		const first = dims[0];
		let derived = false;
		if (!present.has('') && first && inside.length > 0) {
			const cats = [...first.categories, NOT_STATED].map((c) => `${first.code}=${c}`);
			const known = cats.filter((k) => present.has(k));
			const every = first.categories.every((c) => present.has(`${first.code}=${c}`));
			if (every && known.length > 0) {
				value.set(
					cellId(col.id, ''),
					known.reduce((s, k) => s + value.get(cellId(col.id, k))!, 0)
				);
				equations.push({ total: cellId(col.id, ''), parts: known.map((k) => cellId(col.id, k)) });
				present.add('');
				partial.delete('');
				derived = true;
			}
		}
		if (present.has('') && !derived)
			for (const d of dims) {
				// the range's breakdown adds up when every year's did
				if (!col.years.every((y) => absorbs.get(y)?.has(d.code))) continue;
				// a category a cross table shows in part in some year is a partial sum here
				if ([...d.categories, NOT_STATED].some((c) => partial.has(`${d.code}=${c}`))) continue;
				const parts = [...present]
					.filter((k) => k.startsWith(`${d.code}=`) && !k.includes(';'))
					.map((k) => cellId(col.id, k));
				equations.push({ total: cellId(col.id, ''), parts });
			}
		// a range with missing years shows the sum of what is known, marked with the years it
		// lacks: a cell like any other, tied to its years by the same equation, so disclosure
		// control protects it (and through it the years) exactly as a complete one
		for (const [key, p] of partial) {
			const id = cellId(col.id, key);
			const sum = p.parts.reduce((s, x) => s + value.get(x)!, 0);
			const known = col.years.filter((y) => !p.lacks.includes(y));
			const run = known.length === 1 ? `${known[0]}` : `${known[0]}-${known[known.length - 1]}`;
			const same = cellId(run, key);
			if (
				known[known.length - 1] - known[0] === known.length - 1 &&
				columns.some((c) => c.id === run) &&
				value.get(same) === sum &&
				!marks.has(same)
			) {
				marks.set(id, { lacks: p.lacks, sameAs: same });
				continue;
			}
			value.set(id, sum);
			equations.push({ total: id, parts: p.parts, overTime: true });
			marks.set(id, { lacks: p.lacks });
		}
		for (const x of crosses)
			addCrossRange(
				value,
				equations,
				x,
				(key) => cellId(col.id, key),
				(id) => (value.has(id) ? id : marks.get(id)?.sameAs)
			);
		// where a partial total still equals the sum of its breakdown's range cells, a reader can
		// write that down: so can the disclosure control (an equation that holds never weakens it)
		if (partial.size > 0 && value.has(cellId(col.id, '')))
			for (const d of dims) {
				// not where a category lacks other years than the total (a cross table shows it in
				// part): its row reads as a partial sum, which nobody can take for 0
				const totalLacks = `${partial.get('')?.lacks ?? []}`;
				const differs = (c: string) => {
					const p = partial.get(`${d.code}=${c}`);
					return p !== undefined && `${p.lacks}` !== totalLacks;
				};
				if (d.categories.some(differs)) continue;
				const parts = [...d.categories, NOT_STATED]
					.map((c) => cellId(col.id, `${d.code}=${c}`))
					.filter((x) => value.has(x));
				const total = cellId(col.id, '');
				const same = equations.some(
					(e) => e.total === total && !e.overTime && e.parts.join() === parts.join()
				);
				if (
					parts.length > 0 &&
					!same &&
					parts.reduce((s, x) => s + value.get(x)!, 0) === value.get(total)
				)
					equations.push({ total, parts });
			}
	}
	return {
		cells: [...value].map(([id, v]) => ({ id, value: v })),
		equations,
		inconsistent,
		unavailable,
		marks
	};
}
