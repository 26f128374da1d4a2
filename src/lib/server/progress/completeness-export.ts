// The completeness matrix as CSV and XLSX: one row per institution and period (newest period
// first, as on the page), headings and words in the reader's language, figures as numbers.
import ExcelJS from 'exceljs';
import { translate, type Locale } from '../../i18n/core';
import { csvLines, safeText } from '../../table-csv';
import { completenessMatrix } from './completeness';
import type { DB } from '../db/connect';

export function completenessRows(db: Pick<DB, 'select'>, locale: Locale, now: Date): string[][] {
	const tr = (k: string) => translate(locale, k);
	const m = completenessMatrix(db, now);
	const out = [
		[
			tr('completeness.col.institution_code'),
			tr('completeness.col.institution'),
			tr('completeness.col.period'),
			tr('completeness.col.period_status'),
			tr('completeness.col.due'),
			tr('completeness.col.expected'),
			tr('completeness.col.done'),
			tr('completeness.col.approved'),
			tr('completeness.col.late'),
			tr('completeness.col.status'),
			tr('completeness.col.days_overdue')
		]
	];
	for (const r of m.rows)
		m.periods.forEach((p, k) => {
			const c = r.cells[k];
			if (!c) return;
			out.push([
				r.code,
				locale === 'az' ? r.nameAz : r.nameEn,
				p.code,
				tr(p.open ? 'progress.open' : 'progress.closed'),
				p.dueDate,
				String(c.expected),
				String(c.done),
				String(c.approved),
				String(c.late),
				tr(`progress.timeliness.${c.status}`),
				String(c.daysOverdue)
			]);
		});
	return out;
}

export const completenessCsv = (rows: string[][]) => csvLines(rows);

// owed, done, approved, late, days overdue
const NUMERIC = new Set([5, 6, 7, 8, 10]);

export async function completenessXlsx(rows: string[][], locale: Locale, now: Date) {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'NAP Tracker';
	wb.created = now;
	const ws = wb.addWorksheet(translate(locale, 'review.completeness').slice(0, 31));
	rows.forEach((r, i) => {
		const row = ws.addRow(
			i === 0 ? r : r.map((v, k) => (NUMERIC.has(k) ? Number(v) : safeText(v)))
		);
		if (i === 0) row.font = { bold: true };
	});
	ws.columns.forEach((c, i) => (c.width = i === 1 ? 40 : 16));
	ws.views = [{ state: 'frozen', ySplit: 1 }];
	return Buffer.from(await wb.xlsx.writeBuffer());
}
