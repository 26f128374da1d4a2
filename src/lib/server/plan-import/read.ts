// File → grid, for the three formats the importer reads. Every format yields the same grid for
// the same table, so that everything after this step is format-blind. Reading runs in the upload
// worker within PLAN_LIMITS (rows, columns, inflated bytes); see ../uploads.
import { LimitError, type LimitCode, type SheetLimits } from '../uploads/limits';
import { readSheet, type XCell } from '../uploads/xlsx-sheet';
import { parseCsv } from './csv';
import type { Grid } from './types';

export const PLAN_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

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

export type ReadResult =
	{ ok: true; grid: Grid } | { ok: false; key: string; params?: Record<string, number> };

/** What the importer reads at most: far above a real action plan (a few hundred rows). */
export const PLAN_LIMITS: SheetLimits = {
	maxEntries: 1000,
	maxInflated: 32 * 1024 * 1024,
	maxRows: 5000,
	maxColumns: 40,
	maxCells: 5000 * 42 * 2,
	maxSharedStrings: 5000 * 40,
	maxStringLength: 32_767,
	maxDepth: 64
};

/** The message for a file refused by a cap (also for the worker's time and memory limits). */
export function planLimitError(code: LimitCode): ReadResult & { ok: false } {
	switch (code) {
		case 'corrupt':
			return { ok: false, key: 'plan_import.error.unreadable' };
		case 'unpacked':
			return { ok: false, key: 'plan_import.error.too_big_unpacked' };
		case 'rows':
			return {
				ok: false,
				key: 'plan_import.error.too_many_rows',
				params: { max: PLAN_LIMITS.maxRows }
			};
		case 'columns':
			return {
				ok: false,
				key: 'plan_import.error.too_many_columns',
				params: { max: PLAN_LIMITS.maxColumns }
			};
		case 'busy':
			return { ok: false, key: 'plan_import.error.busy' };
		default:
			return { ok: false, key: 'plan_import.error.too_complex' };
	}
}

/** Runs in the upload worker (uploads/worker-entry.ts); callers use readPlanGrid. */
export function readGridInWorker(format: PlanFormat, bytes: Uint8Array): ReadResult {
	try {
		if (format === 'xlsx') return { ok: true, grid: readXlsx(bytes) };
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		if (format === 'json') return readJson(text);
		return { ok: true, grid: parseCsv(text, PLAN_LIMITS) };
	} catch (e) {
		if (e instanceof LimitError) return planLimitError(e.code);
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
	if (Array.isArray(rows) && rows.length + 1 > PLAN_LIMITS.maxRows) throw new LimitError('rows');
	if (
		!Array.isArray(rows) ||
		rows.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))
	)
		return { ok: false, key: 'plan_import.error.json_shape' };
	const headers: string[] = [];
	for (const r of rows as Record<string, unknown>[])
		for (const k of Object.keys(r))
			if (!headers.includes(k)) {
				if (headers.length >= PLAN_LIMITS.maxColumns) throw new LimitError('columns');
				headers.push(k);
			}
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

function readXlsx(bytes: Uint8Array): Grid {
	const rows = readSheet(bytes, PLAN_LIMITS);
	if (rows.some((r) => r.beyond)) throw new LimitError('columns');
	const last = Math.max(0, ...rows.map((r) => r.line));
	// the grid is dense: a lone cell at row 1,048,576 must not make a million empty rows
	if (last > PLAN_LIMITS.maxRows) throw new LimitError('rows');
	const width = Math.max(0, ...rows.map((r) => r.cells.length));
	// a dense grid: row n of the sheet is grid[n - 1], as the table step reports row numbers
	const grid: Grid = Array.from({ length: last }, () => Array<string>(width).fill(''));
	for (const r of rows) r.cells.forEach((c, i) => (grid[r.line - 1][i] = xlsxCell(c)));
	return grid;
}

function xlsxCell(c: XCell): string {
	switch (c.kind) {
		case 'text':
			return c.s;
		case 'number':
			return String(c.n);
		case 'bool':
			return c.b ? 'yes' : 'no';
		case 'date':
			return String(c.year);
		case 'formula':
			return xlsxCell(c.result);
		default:
			return '';
	}
}
