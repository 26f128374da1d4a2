// The one layout of statistics files (template, export, import; XLSX and CSV alike): a header
// row of fixed English column codes, then one row per cell of the grid. The metric and category
// columns are labels for people and are ignored on import; codes and keys identify the cell.
import type { Locale } from '../../../i18n/core';
import type { GridMetric } from '../view';
import type { CellInput } from '../types';
import { sourceWithFallback } from '../reports';

export const COLUMNS = [
	'institution',
	'year',
	'metric_code',
	'category_key',
	'metric',
	'category',
	'value',
	'not_available',
	'derived',
	'source'
] as const;
export type Column = (typeof COLUMNS)[number];

/** The worksheet's name in template and export (an import reads the first sheet otherwise). */
export const SHEET = 'statistics';

/** A cell as read from a file, so that the importer can say precisely what is wrong with it. */
export type Raw =
	| { kind: 'empty' }
	| { kind: 'number'; n: number }
	| { kind: 'text'; s: string }
	| { kind: 'formula' }
	| { kind: 'other' };
export type Line = { line: number; cells: Raw[] };
export type SheetRow = Record<Column, string | number | null>;

const pick = (az: string | null, en: string | null, locale: Locale) =>
	(locale === 'az' ? az || en : en || az) ?? '';

function categoryLabel(m: GridMetric, key: string, locale: Locale): string {
	if (key === '') return locale === 'az' ? 'Cəmi' : 'Total';
	return key
		.split(';')
		.map((part) => {
			const [d, c] = part.split('=');
			const dim = m.dimensions.find((x) => x.code === d);
			const cat = dim?.categories.find((x) => x.code === c);
			return `${dim ? pick(dim.nameAz, dim.nameEn, locale) : d}: ${cat ? pick(cat.nameAz, cat.nameEn, locale) : c}`;
		})
		.join(' × ');
}

/** Rows for an institution × year; `cells` null gives the empty template. */
export function sheetRows(
	institutionCode: string,
	year: number,
	metrics: GridMetric[],
	cells: Map<string, CellInput[]> | null,
	locale: Locale
): SheetRow[] {
	const rows: SheetRow[] = [];
	for (const m of metrics)
		for (const { key } of m.layout) {
			const c = cells?.get(m.code)?.find((x) => x.key === key);
			rows.push({
				institution: institutionCode,
				year,
				metric_code: m.code,
				category_key: key,
				metric: pick(m.nameAz, m.nameEn, locale),
				category: categoryLabel(m, key, locale),
				value: c && !c.notAvailable ? c.value : null,
				not_available: c?.notAvailable ? 'yes' : '',
				derived: c?.derived ? 'yes' : '',
				// the reader's language, else the other (re-importing it changes nothing: sameSource)
				source: (c?.texts ? sourceWithFallback(c.texts, locale) : c?.source) ?? ''
			});
		}
	return rows;
}

export function fileName(
	institutionCode: string,
	year: number,
	kind: 'template' | 'export',
	ext: 'xlsx' | 'csv'
): string {
	return `statistics-${institutionCode}-${year}${kind === 'template' ? '-template' : ''}.${ext}`;
}
