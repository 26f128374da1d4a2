// CSV, XLSX and JSON of dashboard tables. They take DashTables (SafeCells), so whatever a viewer
// may not see is already a label here; nothing in this file can reach a raw count.
import ExcelJS from 'exceljs';
import { isShown, missingKind, pickText, type DashTable } from '../../safe-table';
import { csvLines, exportText, safeText, tableLines, type MissingTexts } from '../../table-csv';
import type { Locale } from '../../i18n/core';

export interface ExportMeta {
	title: string;
	/** lines printed above the tables: data date, approved-only, the suppression legend */
	notes: string[];
	locale: Locale;
	naText: string;
	/** the two kinds of missing figure, when the tables tell them apart */
	missing?: MissingTexts;
}

/** One file: the notes, then each table as a block (title, header, rows), blank lines between. */
export function tablesToCsv(tables: DashTable[], meta: ExportMeta): string {
	const lines: string[][] = [[meta.title], ...meta.notes.map((n) => [n]), []];
	for (const t of tables)
		lines.push(...tableLines(t, meta.locale, meta.naText, meta.missing ?? null), []);
	return csvLines(lines);
}

function sheetName(title: string, used: Set<string>): string {
	const base =
		title
			.replace(/[\\/?*[\]:]/g, ' ')
			.slice(0, 28)
			.trim() || 'Table';
	let name = base;
	for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 27)} ${i}`;
	used.add(name.toLowerCase());
	return name;
}

/** A workbook: an "About" sheet with the notes, then one sheet per table. */
export async function tablesToXlsx(tables: DashTable[], meta: ExportMeta): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'NAP Tracker';
	const used = new Set<string>();
	const about = wb.addWorksheet(sheetName(meta.locale === 'az' ? 'Haqqında' : 'About', used));
	about.addRow([meta.title]).font = { bold: true };
	for (const n of meta.notes) about.addRow([n]);
	about.getColumn(1).width = 100;
	for (const t of tables) {
		const title = pickText(t.title, meta.locale);
		const ws = wb.addWorksheet(sheetName(title, used));
		ws.addRow([safeText(title)]).font = { bold: true };
		const head = ws.addRow(['', ...t.columns.map((c) => pickText(c.label, meta.locale))]);
		head.font = { bold: true };
		for (const r of t.rows) {
			const row = ws.addRow([
				safeText(pickText(r.label, meta.locale)),
				// numbers stay numbers; a hidden cell is its label, never a value
				...r.cells.map((c, i) =>
					c !== null && isShown(c) && !c.lacks
						? c.shown
						: exportText(c, meta.naText, meta.missing ?? null, missingKind(r, i))
				)
			]);
			if (r.total) row.font = { bold: true };
		}
		for (const n of t.notes ?? []) ws.addRow([safeText(pickText(n, meta.locale))]);
		ws.getColumn(1).width = 48;
		for (let i = 2; i <= t.columns.length + 1; i++) {
			ws.getColumn(i).width = 12;
			ws.getColumn(i).alignment = { horizontal: 'right' };
		}
	}
	return Buffer.from(await wb.xlsx.writeBuffer());
}

const JSON_MISSING = {
	unavailable: 'not_available',
	unreported: 'not_reported',
	not_stated: 'in_not_stated'
} as const;

/**
 * The JSON shape of an export: the same tables, with cells as SafeCells (null: no figure; the
 * row's `missing` says why: "not_available" from the source, "not_reported" yet, or
 * "in_not_stated" — a category the breakdown left out, counted in the "not stated" row; a cell's
 * `lacks` lists the years a partial sum is without).
 */
export function tablesToJson(
	tables: DashTable[],
	meta: { asOf: string | null; protected: boolean; threshold: number }
) {
	return {
		asOf: meta.asOf,
		approvedOnly: true,
		protected: meta.protected,
		threshold: meta.protected ? meta.threshold : null,
		tables: tables.map((t) => ({
			id: t.id,
			title: t.title,
			unit: t.unit ?? 'count',
			columns: t.columns,
			rows: t.rows.map((r) => ({
				key: r.key,
				label: r.label,
				total: r.total ?? false,
				cells: r.cells,
				// per cell: why a null cell has no figure
				missing: r.cells.map((c, i) => (c === null ? JSON_MISSING[missingKind(r, i)] : null))
			})),
			notes: t.notes ?? []
		}))
	};
}
