// Labels of statistic cells and texts of validation issues, in the reader's language.
// (Pure: used by the statistics pages and components.)
import { translate, type Locale } from './i18n/core';
import type { Issue, MetricDef } from './server/statistics/types';

type Named = { code: string; nameAz: string; nameEn: string };

function pick(
	az: string | null | undefined,
	en: string | null | undefined,
	locale: Locale
): string {
	return (locale === 'az' ? az || en : en || az) ?? '';
}

function parts(key: string): [string, string][] {
	return key === '' ? [] : key.split(';').map((p) => p.split('=') as [string, string]);
}

/** "Sex: Female × Age group: Child", in the metric's dimension order; "Total" for ''. */
export function cellLabel(
	metric: MetricDef,
	key: string,
	locale: Locale,
	withDimension = true
): string {
	if (key === '') return translate(locale, 'stat.total');
	const order = (d: string) => metric.dimensions.findIndex((x) => x.code === d);
	return parts(key)
		.sort((a, b) => order(a[0]) - order(b[0]))
		.map(([d, c]) => {
			const dim = metric.dimensions.find((x) => x.code === d);
			const cat = dim?.categories.find((x) => x.code === c);
			const catName = cat ? pick(cat.nameAz, cat.nameEn, locale) : c;
			return withDimension && dim ? `${pick(dim.nameAz, dim.nameEn, locale)}: ${catName}` : catName;
		})
		.join(' × ');
}

export function issueText(
	issue: Issue,
	ctx: { metrics: MetricDef[]; institutions?: Named[] },
	locale: Locale
): string {
	const p: Record<string, string | number> = { ...issue.params };
	const metric = ctx.metrics.find((m) => m.code === issue.metric);
	if (typeof p.dimension === 'string') {
		const dim = metric?.dimensions.find((d) => d.code === p.dimension);
		if (dim) p.dimension = pick(dim.nameAz, dim.nameEn, locale);
	}
	if (typeof p.other === 'string') {
		const other = ctx.metrics.find((m) => m.code === p.other);
		if (other) p.other = pick(other.nameAz, other.nameEn, locale);
	}
	// a cell named by its key ('' is the metric's total): "Form of exploitation: Sexual × …"
	if (metric && typeof p.cellKey === 'string') p.cell = cellLabel(metric, p.cellKey, locale);
	if (metric && typeof p.totalKey === 'string') p.totalCell = cellLabel(metric, p.totalKey, locale);
	if (typeof p.institution === 'string') {
		const inst = ctx.institutions?.find((i) => i.code === p.institution);
		if (inst) p.institution = pick(inst.nameAz, inst.nameEn, locale);
	}
	return translate(locale, issue.message, p);
}

/** Form field names of a cell: metric code and key never contain '|'. */
export function cellField(kind: 'v' | 'na' | 'der' | 'src', metric: string, key: string): string {
	return `${kind}|${metric}|${key}`;
}
