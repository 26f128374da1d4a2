// Seeded random tables for disclosure property tests: a count per (year, category combination),
// with the marginals, totals and multi-year ranges a published table would carry.

/** mulberry32: small, fast, seedable; good enough to vary test tables reproducibly. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Mostly small counts, as victims' tables are: zeros, 1–4 and some larger values. */
export function smallCount(rand: () => number): number {
	const r = rand();
	if (r < 0.25) return 0;
	if (r < 0.6) return 1 + Math.floor(rand() * 4);
	if (r < 0.85) return 5 + Math.floor(rand() * 10);
	return 15 + Math.floor(rand() * 60);
}

export interface RandomTable {
	cells: { id: string; value: number }[];
	equations: { total: string; parts: string[] }[];
}

/**
 * Columns: each year, and every contiguous multi-year range (their sums). Rows: the total, each
 * dimension's categories, and with two dimensions their cross-classification.
 */
export function randomTable(rand: () => number): RandomTable {
	const years = 1 + Math.floor(rand() * 3);
	const dims = 1 + Math.floor(rand() * 2);
	const sizes = Array.from({ length: dims }, () => 2 + Math.floor(rand() * 2));
	const cells = new Map<string, number>();
	const equations: RandomTable['equations'] = [];
	const combos: number[][] =
		dims === 1 ? (sizes[0] === 0 ? [] : [...Array(sizes[0]).keys()].map((a) => [a])) : [];
	if (dims === 2)
		for (let a = 0; a < sizes[0]; a++) for (let b = 0; b < sizes[1]; b++) combos.push([a, b]);
	const key = (col: string, part: string) => `${col}|${part}`;
	const rowKeys = (): string[] => {
		const rows = ['total'];
		sizes.forEach((n, d) => {
			for (let c = 0; c < n; c++) rows.push(`d${d}=${c}`);
		});
		if (dims === 2) for (const [a, b] of combos) rows.push(`d0=${a};d1=${b}`);
		return rows;
	};
	const cols: { id: string; years: number[] }[] = [];
	for (let y = 0; y < years; y++) cols.push({ id: `y${y}`, years: [y] });
	for (let a = 0; a < years; a++)
		for (let b = a + 1; b < years; b++)
			cols.push({ id: `y${a}-${b}`, years: [...Array(b - a + 1).keys()].map((i) => a + i) });
	for (let y = 0; y < years; y++) {
		const col = `y${y}`;
		const base = combos.map(() => smallCount(rand));
		const sumWhere = (f: (c: number[]) => boolean) =>
			combos.reduce((s, c, i) => s + (f(c) ? base[i] : 0), 0);
		cells.set(
			key(col, 'total'),
			sumWhere(() => true)
		);
		sizes.forEach((n, d) => {
			for (let c = 0; c < n; c++)
				cells.set(
					key(col, `d${d}=${c}`),
					sumWhere((x) => x[d] === c)
				);
		});
		if (dims === 2) combos.forEach(([a, b], i) => cells.set(key(col, `d0=${a};d1=${b}`), base[i]));
	}
	for (const col of cols.slice(years))
		for (const r of rowKeys()) {
			cells.set(
				key(col.id, r),
				col.years.reduce((s, y) => s + cells.get(key(`y${y}`, r))!, 0)
			);
			equations.push({ total: key(col.id, r), parts: col.years.map((y) => key(`y${y}`, r)) });
		}
	for (const col of cols) {
		sizes.forEach((n, d) =>
			equations.push({
				total: key(col.id, 'total'),
				parts: [...Array(n).keys()].map((c) => key(col.id, `d${d}=${c}`))
			})
		);
		if (dims === 2) {
			for (let a = 0; a < sizes[0]; a++)
				equations.push({
					total: key(col.id, `d0=${a}`),
					parts: [...Array(sizes[1]).keys()].map((b) => key(col.id, `d0=${a};d1=${b}`))
				});
			for (let b = 0; b < sizes[1]; b++)
				equations.push({
					total: key(col.id, `d1=${b}`),
					parts: [...Array(sizes[0]).keys()].map((a) => key(col.id, `d0=${a};d1=${b}`))
				});
		}
	}
	return { cells: [...cells].map(([id, value]) => ({ id, value })), equations };
}
