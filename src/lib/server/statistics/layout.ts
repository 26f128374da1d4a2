// Which cells a metric's grid (and its file template) shows: the total, every category of every
// dimension on its own, the crosses of each pair of required dimensions (sex × age gives the
// GLOTIP women / men / girls / boys), the cross-classifications the metric declares
// (stat_metric_cross: exploitation × country of exploitation), then any finer cells already stored (e.g. published
// sex × age × exploitation figures), so that nothing saved is ever hidden.
import { formatKey, parseKey } from './keys';
import type { MetricDef, MetricDimensionDef } from './types';

export interface LayoutCell {
	key: string;
	group: 'total' | 'single' | 'cross' | 'other';
	/** heading of the block the cell belongs to: a dimension code, 'a×b', or '' */
	block: string;
}

export function metricLayout(metric: MetricDef, storedKeys: Iterable<string> = []): LayoutCell[] {
	const cells: LayoutCell[] = [{ key: '', group: 'total', block: '' }];
	for (const d of metric.dimensions)
		for (const c of d.categories)
			cells.push({ key: formatKey({ [d.code]: c.code }), group: 'single', block: d.code });
	const required = metric.dimensions.filter((d) => !d.optional);
	for (let i = 0; i < required.length; i++)
		for (let j = i + 1; j < required.length; j++)
			cells.push(...crossCells(required[i], required[j]));
	// declared cross-classifications (also of optional dimensions): exploitation × country
	const blocks = new Set(cells.map((c) => c.block));
	for (const x of metric.crosses ?? []) {
		const [a, b] = [x.row, x.col].map((code) => metric.dimensions.find((d) => d.code === code));
		if (!a || !b || blocks.has(`${a.code}×${b.code}`) || blocks.has(`${b.code}×${a.code}`))
			continue;
		blocks.add(`${a.code}×${b.code}`);
		cells.push(...crossCells(a, b));
	}
	const known = new Set(cells.map((c) => c.key));
	const extra = [...new Set(storedKeys)]
		.filter((k) => !known.has(k) && isKeyValidFor(metric, k))
		.sort();
	for (const key of extra) cells.push({ key, group: 'other', block: 'other' });
	return cells;
}

// every category of `a` with every category of `b`, in one block named `a×b`
function crossCells(a: MetricDimensionDef, b: MetricDimensionDef): LayoutCell[] {
	return a.categories.flatMap((ca) =>
		b.categories.map((cb) => ({
			key: formatKey({ [a.code]: ca.code, [b.code]: cb.code }),
			group: 'cross' as const,
			block: `${a.code}×${b.code}`
		}))
	);
}

/** A key is valid for a metric when each of its dimensions and categories belongs to it. */
export function isKeyValidFor(metric: MetricDef, key: string): boolean {
	const parts = parseKey(key);
	if (parts === null) return false;
	return Object.entries(parts).every(([dim, cat]) =>
		metric.dimensions.some((d) => d.code === dim && d.categories.some((c) => c.code === cat))
	);
}

export { glotipPerson } from '../../glotip';
