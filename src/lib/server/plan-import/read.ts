// File → grid, for the three formats the importer reads. Every format yields the same grid for
// the same table, so that everything after this step is format-blind.
import ExcelJS from 'exceljs';
import { parseCsv } from './csv';
import type { Grid } from './types';

export const PLAN_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

export type ReadResult = { ok: true; grid: Grid } | { ok: false; key: string };

/** The format from the file name, or from the first bytes when the name says nothing. */
export function detectFormat(fileName: string, bytes: Uint8Array): PlanFormat | null {
	const ext = fileName.toLowerCase().match(/\.(csv|txt|xlsx|json)$/)?.[1];
	if (ext === 'xlsx') return 'xlsx';
	if (ext === 'json') return 'json';
	if (ext === 'csv' || ext === 'txt') return 'csv';
	if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx'; // "PK": a zip container
	const head = new TextDecoder()
		.decode(bytes.slice(0, 64))
		.replace(/^\uFEFF/, '')
		.trimStart();
	if (head.startsWith('[') || head.startsWith('{')) return 'json';
	return head === '' ? null : 'csv';
}

export async function readGrid(format: PlanFormat, bytes: Uint8Array): Promise<ReadResult> {
	try {
		if (format === 'xlsx') return { ok: true, grid: await readXlsx(bytes) };
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		if (format === 'json') return readJson(text);
		return { ok: true, grid: parseCsv(text) };
	} catch (e) {
		if (e instanceof TypeError) return { ok: false, key: 'plan_import.error.not_utf8' };
		return { ok: false, key: 'plan_import.error.unreadable' };
	}
}

function readJson(text: string): ReadResult {
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return { ok: false, key: 'plan_import.error.json_syntax' };
	}
	const rows = Array.isArray(data) ? data : (data as { rows?: unknown })?.rows;
	if (
		!Array.isArray(rows) ||
		rows.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))
	)
		return { ok: false, key: 'plan_import.error.json_shape' };
	const headers: string[] = [];
	for (const r of rows as Record<string, unknown>[])
		for (const k of Object.keys(r)) if (!headers.includes(k)) headers.push(k);
	const grid: Grid = [headers];
	for (const r of rows as Record<string, unknown>[]) grid.push(headers.map((h) => jsonCell(r[h])));
	return { ok: true, grid };
}

function jsonCell(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'boolean') return v ? 'yes' : 'no';
	if (Array.isArray(v)) return v.map(jsonCell).join('; ');
	if (typeof v === 'object') return JSON.stringify(v);
	return String(v);
}

async function readXlsx(bytes: Uint8Array): Promise<Grid> {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
	const ws = wb.worksheets[0];
	if (!ws) return [];
	const grid: Grid = [];
	for (let r = 1; r <= ws.rowCount; r++) {
		const row = ws.getRow(r);
		const cells: string[] = [];
		for (let c = 1; c <= ws.columnCount; c++) cells.push(xlsxCell(row.getCell(c).value));
		grid.push(cells);
	}
	return grid;
}

function xlsxCell(v: ExcelJS.CellValue): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'string') return v;
	if (typeof v === 'number') return String(v);
	if (typeof v === 'boolean') return v ? 'yes' : 'no';
	if (v instanceof Date) return String(v.getUTCFullYear());
	if ('richText' in v) return v.richText.map((t) => t.text).join('');
	if ('text' in v && typeof v.text === 'string') return v.text;
	if ('result' in v) return xlsxCell((v.result ?? null) as ExcelJS.CellValue);
	return '';
}
