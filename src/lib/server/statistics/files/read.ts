// Turns uploaded bytes into raw rows, whatever the format, refusing what cannot be read safely:
// too large, empty, old binary Excel, a damaged or oversized archive, broken text. This runs in
// the upload worker (uploads/worker-entry.ts); readStatFile (import.ts) sends it there.
import { LimitError, type LimitCode, type SheetLimits } from '../../uploads/limits';
import { isZip } from '../../uploads/zip';
import { readSheet, type XCell } from '../../uploads/xlsx-sheet';
import { parseCsv } from './csv';
import { COLUMNS, SHEET, type Line, type Raw } from './sheet';

export const MAX_IMPORT_BYTES = 400 * 1024;
export const MAX_ROWS = 5000;

/** Caps for a statistics workbook: the template's 10 columns, 5,000 rows plus the header. */
export const STAT_SHEET_LIMITS: SheetLimits = {
	maxEntries: 200,
	maxInflated: 16 * 1024 * 1024,
	maxRows: MAX_ROWS + 1,
	maxColumns: COLUMNS.length,
	maxCells: (MAX_ROWS + 1) * (COLUMNS.length + 2) * 2,
	maxSharedStrings: (MAX_ROWS + 1) * COLUMNS.length,
	maxStringLength: 32_767,
	maxDepth: 64
};

export type ReadResult =
	| { ok: true; format: 'xlsx' | 'csv'; rows: Line[] }
	| { ok: false; error: string; params?: Record<string, string | number> };

const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** The message for an upload refused by a cap (also for the worker's time and memory limits). */
export function statLimitError(code: LimitCode): ReadResult & { ok: false } {
	switch (code) {
		case 'unpacked':
			return { ok: false, error: 'stat.import.too_big_unpacked' };
		case 'rows':
			return { ok: false, error: 'stat.import.too_many_rows', params: { max: MAX_ROWS } };
		case 'corrupt':
			return { ok: false, error: 'stat.import.corrupt' };
		case 'busy':
			return { ok: false, error: 'stat.import.busy' };
		default:
			return { ok: false, error: 'stat.import.too_complex' };
	}
}

function raw(c: XCell): Raw {
	switch (c.kind) {
		case 'empty':
			return c;
		case 'number':
			return c;
		case 'text':
			return c.s.trim() === '' ? { kind: 'empty' } : c;
		case 'formula':
			return { kind: 'formula' };
		default:
			return { kind: 'other' };
	}
}

function readXlsxRows(bytes: Uint8Array): Line[] {
	return readSheet(bytes, STAT_SHEET_LIMITS, { name: SHEET }).map(({ line, cells, beyond }) => {
		const out = cells.map(raw);
		while (out.length < COLUMNS.length) out.push({ kind: 'empty' });
		// stands for whatever lies right of the template (one marker, however far right it was)
		if (beyond) out.push({ kind: 'other' });
		return { line, cells: out };
	});
}

export function readRowsInWorker(bytes: Uint8Array): ReadResult {
	if (bytes.length === 0) return { ok: false, error: 'stat.import.empty' };
	if (bytes.length > MAX_IMPORT_BYTES)
		return {
			ok: false,
			error: 'stat.import.too_large',
			params: { max: Math.round(MAX_IMPORT_BYTES / 1024) }
		};
	if (OLE.every((b, i) => bytes[i] === b)) return { ok: false, error: 'stat.import.old_excel' };
	if (isZip(bytes)) {
		try {
			const rows = readXlsxRows(bytes).filter((r) => r.cells.some((c) => c.kind !== 'empty'));
			return { ok: true, format: 'xlsx', rows };
		} catch (err) {
			return statLimitError(err instanceof LimitError ? err.code : 'corrupt');
		}
	}
	const csv = parseCsv(bytes, { maxRows: MAX_ROWS + 1 });
	if (!csv.ok)
		return csv.error === 'stat.import.too_many_rows'
			? statLimitError('rows')
			: { ok: false, error: csv.error };
	const rows: Line[] = [];
	csv.rows.forEach((cells, i) => {
		// a field beyond the template's columns only matters as "there is something there"
		const kept = cells.slice(0, COLUMNS.length + 1);
		const raw: Raw[] = kept.map((s) =>
			s.trim() === ''
				? { kind: 'empty' }
				: s.trimStart().startsWith('=')
					? { kind: 'formula' }
					: { kind: 'text', s }
		);
		if (cells.slice(COLUMNS.length + 1).some((s) => s.trim() !== ''))
			raw[COLUMNS.length] = { kind: 'other' };
		if (raw.some((c) => c.kind !== 'empty')) rows.push({ line: i + 1, cells: raw });
	});
	return { ok: true, format: 'csv', rows };
}
