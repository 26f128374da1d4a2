// The comparison as CSV (UTF-8 with BOM, so Excel reads ə and ş) and as an XLSX workbook with one
// sheet per table. Both start by saying which review states they compare.
import ExcelJS from 'exceljs';
import { translate, type Locale } from '../../i18n/core';
import type { CompareTables } from './compare-table';

type Sheet = { name: string; head: string[]; rows: (string | number)[][] };

function sheets(t: CompareTables, locale: Locale): Sheet[] {
	const tr = (k: string) => translate(locale, k);
	return [
		{
			name: tr('compare.actions'),
			head: [
				tr('reviews.code'),
				tr('reviews.action'),
				tr('reviews.lead'),
				t.beforeLabel,
				t.afterLabel,
				tr('compare.change')
			],
			rows: t.actions.map((a) => [a.code, a.text, a.leads, a.before, a.after, a.flags.join(', ')])
		},
		{
			name: tr('compare.overdue'),
			head: [
				tr('reviews.institution'),
				`${tr('compare.overdue_then')} (${t.beforeLabel})`,
				`${tr('compare.overdue_now')} (${t.afterLabel})`
			],
			rows: t.institutions.map((i) => [i.name, i.before, i.after])
		},
		{
			name: tr('compare.statistics'),
			head: [
				tr('compare.metric'),
				tr('reviews.institution'),
				tr('reviews.period'),
				tr('compare.category'),
				tr('compare.before'),
				tr('compare.after'),
				tr('compare.change')
			],
			rows: t.statistics.map((s) => [
				s.metric,
				s.institution,
				s.period,
				s.category,
				s.before,
				s.after,
				s.change
			])
		}
	];
}

export function csvField(v: string | number): string {
	const s = String(v);
	// a leading = + - @ would be run as a formula by spreadsheet programs; only a plain number
	// (-5, -2.5) is left as it is: "-1+1" starts with a digit too and is a formula
	const number = typeof v === 'number' || /^-?\d+([.,]\d+)?$/.test(s);
	const safe = /^[=+\-@\t\r]/.test(s) && !number ? `'${s}` : s;
	return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function compareCsv(t: CompareTables, locale: Locale): string {
	const lines = [csvField(t.title)];
	for (const s of sheets(t, locale)) {
		lines.push('', csvField(s.name), s.head.map(csvField).join(','));
		for (const r of s.rows) lines.push(r.map(csvField).join(','));
	}
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export async function compareXlsx(t: CompareTables, locale: Locale, now: Date): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'NAP Tracker';
	wb.created = now;
	for (const s of sheets(t, locale)) {
		// sheet names: at most 31 characters, none of : \ / ? * [ ]
		const ws = wb.addWorksheet(s.name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31));
		ws.addRow([t.title]).font = { bold: true };
		ws.addRow([]);
		const head = ws.addRow(s.head);
		head.font = { bold: true };
		for (const r of s.rows) ws.addRow(r);
		ws.columns.forEach((c, i) => (c.width = i === 1 && s.rows.length ? 60 : 24));
		ws.views = [{ state: 'frozen', ySplit: 3 }];
	}
	return Buffer.from(await wb.xlsx.writeBuffer());
}
