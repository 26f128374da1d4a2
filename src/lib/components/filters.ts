// The controls of the GET filter forms (inbox, audit, security log, plan browser, dashboards),
// as data for <Field>: a form lists its filters and renders them in one loop, so a filter is a
// line instead of a label/select block written again per filter and per page.
import type { ComponentProps } from 'svelte';
import type Field from './Field.svelte';
import { pick, t } from '$lib/i18n';

/** The props of one <Field>, so that a form can list its controls as data. */
export type FieldProps = ComponentProps<typeof Field>;
export type FilterOption = { value: string; label: string };

/** Options from records, each as [value, label]; "all" (the empty value) first if given. */
export function options<T>(
	items: readonly T[],
	option: (item: T) => [value: string | number, label: string],
	all?: string
): FilterOption[] {
	const list = items.map((item) => {
		const [value, label] = option(item);
		return { value: String(value), label };
	});
	return all === undefined ? list : [{ value: '', label: all }, ...list];
}

/** A select; `value` is the chosen option (null: none, i.e. "all"; left out: the form's). */
export function select(
	id: string,
	name: string,
	label: string,
	choices: FilterOption[],
	value?: string | number | null
): FieldProps {
	return { type: 'select', id, name, label, options: choices, value };
}

type Bilingual = { az: string; en: string };

/** The dashboards' aim filter (results and implementation pages). */
export function aimFilter(
	aims: readonly { position: number; code: string; title: Bilingual }[],
	aim: number | null
): FieldProps {
	const label = (a: (typeof aims)[number]) => `${a.code} ${pick(a.title.az, a.title.en)}`;
	const choices = options(aims, (a) => [a.position, label(a)], t('dash.filter.all_aims'));
	return select('f-aim', 'aim', t('dash.filter.aim'), choices, aim);
}

/** The dashboards' institution filter. */
export function institutionFilter(
	institutions: readonly { id: number; name: Bilingual }[],
	institutionId: number | null
): FieldProps {
	const all = t('dash.filter.all_institutions');
	const choices = options(institutions, (i) => [i.id, pick(i.name.az, i.name.en)], all);
	return select('f-inst', 'institution', t('dash.filter.institution'), choices, institutionId);
}

/** The link to the older entries of a filtered log: the same filters, entries before `before`. */
export function olderHref(url: URL, before: string | number): string {
	const q = new URLSearchParams(url.searchParams);
	q.set('before', String(before));
	return `?${q}`;
}
