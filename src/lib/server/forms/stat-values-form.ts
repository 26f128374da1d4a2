// Parses the statistics grid: for every cell shown, a value, "not available", "derived" and a
// source. Only cells present in the form are changed; an empty cell clears a stored one.
import { formValues, type FormResult } from './fields';
import { inUnit, parseCount } from '../statistics/validate';
import type { CellChange } from '../statistics/reports';
import type { LayoutCell } from '../statistics/layout';

const field = (kind: string, metric: string, key: string) => `${kind}|${metric}|${key}`;
const MAX_SOURCE = 500;

export function parseStatValuesForm(
	form: FormData,
	metrics: { code: string; unit?: string; layout: LayoutCell[] }[]
): FormResult<CellChange[]> {
	const changes: CellChange[] = [];
	const errors: Record<string, string> = {};
	for (const m of metrics) {
		for (const { key } of m.layout) {
			const raw = form.get(field('v', m.code, key));
			if (typeof raw !== 'string') continue;
			const id = `${m.code}|${key}`;
			const na = form.get(field('na', m.code, key)) !== null;
			const derived = form.get(field('der', m.code, key)) !== null;
			const src = form.get(field('src', m.code, key));
			const source = typeof src === 'string' && src.trim() !== '' ? src.trim() : null;
			const count = inUnit(parseCount(raw), m.unit ?? 'count');
			if (!count.ok) errors[id] = count.error;
			else if (na && count.value !== null) errors[id] = 'stat.rule.value_and_na';
			else if (source && source.length > MAX_SOURCE) errors[id] = 'stat.error.source_too_long';
			else if (!na && count.value === null) {
				if (source) errors[id] = 'stat.error.source_without_value';
				else changes.push({ metric: m.code, key, cell: null });
			} else
				changes.push({
					metric: m.code,
					key,
					cell: { key, value: na ? null : count.value, notAvailable: na, derived, source }
				});
		}
	}
	if (Object.keys(errors).length) return { ok: false, errors, values: formValues(form) };
	return { ok: true, data: changes };
}
