// The statistics submit's confirmation: how many of the grid's cells are left empty (neither a
// value nor "not available"), and whether the user confirmed submitting them so.
import type { LayoutCell } from '../statistics/layout';

const field = (kind: string, metric: string, key: string) => `${kind}|${metric}|${key}`;

export function emptyCells(
	form: FormData,
	metrics: { code: string; layout: LayoutCell[] }[]
): { empty: number; total: number } {
	let empty = 0;
	let total = 0;
	for (const m of metrics)
		for (const { key } of m.layout) {
			const raw = form.get(field('v', m.code, key));
			if (typeof raw !== 'string') continue;
			total++;
			if (raw.trim() === '' && form.get(field('na', m.code, key)) === null) empty++;
		}
	return { empty, total };
}

export const emptyConfirmed = (form: FormData) => form.get('confirmEmpty') === 'yes';
