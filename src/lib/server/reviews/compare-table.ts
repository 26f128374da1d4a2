// A comparison turned into tables in one language: what the compare page shows and what the
// CSV/XLSX exports contain (the same rows, so the download is what was on screen).
import type { DB } from '../db/connect';
import { translate, type Locale } from '../../i18n/core';
import { formatDate } from '../../format';
import { filterActions, type CompareFilter, type Comparison } from './compare';
import { sourceLabel, type Source } from './snapshot-source';
import { loadStatLabels } from '../statistics/labels';

export interface CompareTables {
	title: string;
	beforeLabel: string;
	afterLabel: string;
	summary: { changed: number; newlyCompleted: number; stillDelayed: number };
	actions: {
		code: string;
		text: string;
		leads: string;
		before: string;
		after: string;
		beforeKey: string;
		afterKey: string;
		flags: string[];
	}[];
	institutions: { name: string; before: number; after: number }[];
	statistics: {
		metric: string;
		institution: string;
		period: string;
		category: string;
		before: string;
		after: string;
		change: string;
	}[];
}

function label(source: Source, date: string, locale: Locale): string {
	const l = sourceLabel(source, locale);
	return translate(locale, l.key, { ...l.params, date: formatDate(date, locale) });
}

export function compareTables(
	db: DB,
	c: Comparison,
	filter: CompareFilter,
	locale: Locale
): CompareTables {
	const tr = (k: string, p?: Record<string, string | number>) => translate(locale, k, p);
	const pick = (az: string | null, en: string | null) =>
		(locale === 'az' ? (az ?? en) : (en ?? az)) ?? '';
	const inst = (id: number) => {
		const i = c.view.institutions.get(id);
		return i ? pick(i.nameAz, i.nameEn) : `#${id}`;
	};
	const beforeLabel = label(c.before.source, c.before.date, locale);
	const afterLabel = label(c.after.source, c.after.date, locale);
	const labels = loadStatLabels(db);
	const num = (v: number | null, na: boolean) =>
		na ? tr('compare.not_available') : v === null ? '—' : String(v);
	const keepInst = (id: number) => filter.institutionId === null || filter.institutionId === id;
	return {
		title: tr('compare.heading', { before: beforeLabel, after: afterLabel }),
		beforeLabel,
		afterLabel,
		summary: {
			changed: c.actions.filter((a) => a.changed).length,
			newlyCompleted: c.actions.filter((a) => a.newlyCompleted).length,
			stillDelayed: c.actions.filter((a) => a.stillDelayed).length
		},
		actions: filterActions(c.actions, filter).map((a) => ({
			code: a.code,
			text: pick(a.textAz, a.textEn),
			leads: a.leadIds.map(inst).join('; '),
			before: tr(`reviews.status.${a.before}`),
			after: tr(`reviews.status.${a.after}`),
			beforeKey: a.before,
			afterKey: a.after,
			flags: [
				a.newlyCompleted ? tr('compare.show.newly_completed') : null,
				a.stillDelayed ? tr('compare.show.still_delayed') : null,
				a.changed && !a.newlyCompleted ? tr('compare.show.changed') : null
			].filter((f): f is string => f !== null)
		})),
		institutions: c.institutions
			.filter((i) => keepInst(i.institutionId))
			.map((i) => ({ name: inst(i.institutionId), before: i.before, after: i.after })),
		statistics: c.statistics
			.filter((s) => keepInst(s.institutionId))
			.map((s) => ({
				metric: labels.metric(s.metricId)[locale],
				institution: inst(s.institutionId),
				period: labels.period(s.periodId),
				category: labels.category(s.categoryKey)[locale],
				before: s.kind === 'added' ? '—' : num(s.before, s.beforeNotAvailable),
				after: s.kind === 'removed' ? '—' : num(s.after, s.afterNotAvailable),
				change: tr(`compare.change.${s.kind}`)
			}))
	};
}
