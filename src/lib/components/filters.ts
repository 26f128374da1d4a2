// The controls of the GET filter forms (inbox, audit, security log, plan browser, dashboards),
// as data for <Field>: a form lists its filters and renders them in one loop, so a filter is a
// line instead of a label/select block written again per filter and per page.
import type { ComponentProps } from 'svelte';
import type Field from './Field.svelte';
import { pick, t } from '$lib/i18n';

export type FilterField = ComponentProps<typeof Field>;
export type FilterOption = { value: string; label: string };

/** Options from records: the record's value and label, "all" (the empty value) first if given. */
export function options<T>(
	items: readonly T[],
	value: (item: T) => string | number,
	label: (item: T) => string,
	all?: string
): FilterOption[] {
	const list = items.map((item) => ({ value: String(value(item)), label: label(item) }));
	return all === undefined ? list : [{ value: '', label: all }, ...list];
}

/** A select filter; `value` is the chosen option (null: none, i.e. "all"). */
export function select(
	id: string,
	name: string,
	label: string,
	choices: FilterOption[],
	value: string | number | null | undefined
): FilterField {
	return { type: 'select', id, name, label, options: choices, value: value ?? '' };
}

type Bilingual = { az: string; en: string };

/** The dashboards' aim filter (results and implementation pages). */
export function aimFilter(
	aims: readonly { position: number; code: string; title: Bilingual }[],
	aim: number | null
): FilterField {
	const label = (a: (typeof aims)[number]) => `${a.code} ${pick(a.title.az, a.title.en)}`;
	const choices = options(aims, (a) => a.position, label, t('dash.filter.all_aims'));
	return select('f-aim', 'aim', t('dash.filter.aim'), choices, aim);
}

/** The dashboards' institution filter. */
export function institutionFilter(
	institutions: readonly { id: number; name: Bilingual }[],
	institutionId: number | null
): FilterField {
	const label = (i: (typeof institutions)[number]) => pick(i.name.az, i.name.en);
	const choices = options(institutions, (i) => i.id, label, t('dash.filter.all_institutions'));
	return select('f-inst', 'institution', t('dash.filter.institution'), choices, institutionId);
}

/** The link to the older entries of a filtered log: the same filters, entries before `before`. */
export function olderHref(url: URL, before: string | number): string {
	const q = new URLSearchParams(url.searchParams);
	q.set('before', String(before));
	return `?${q}`;
}
