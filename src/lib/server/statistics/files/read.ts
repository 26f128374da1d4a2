// Turns uploaded bytes into raw rows, whatever the format, refusing what cannot be read safely:
// too large, empty, old binary Excel, a damaged or oversized archive, broken text.
import { parseCsv } from './csv';
import { readXlsx, type Line, type Raw } from './xlsx';
import { checkZip, isZip } from './zip-guard';

export const MAX_IMPORT_BYTES = 400 * 1024;
export const MAX_ROWS = 5000;

export type ReadResult =
	| { ok: true; format: 'xlsx' | 'csv'; rows: Line[] }
	| { ok: false; error: string; params?: Record<string, string | number> };

const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export async function readRows(bytes: Uint8Array): Promise<ReadResult> {
	if (bytes.length === 0) return { ok: false, error: 'stat.import.empty' };
	if (bytes.length > MAX_IMPORT_BYTES)
		return {
			ok: false,
			error: 'stat.import.too_large',
			params: { max: Math.round(MAX_IMPORT_BYTES / 1024) }
		};
	if (OLE.every((b, i) => bytes[i] === b)) return { ok: false, error: 'stat.import.old_excel' };
	if (isZip(bytes)) {
		const zip = checkZip(bytes);
		if (!zip.ok) return { ok: false, error: zip.error };
		const x = await readXlsx(bytes, MAX_ROWS);
		return x.ok
			? { ok: true, format: 'xlsx', rows: x.rows }
			: { ok: false, error: x.error, params: { max: MAX_ROWS } };
	}
	const csv = parseCsv(bytes);
	if (!csv.ok) return { ok: false, error: csv.error };
	if (csv.rows.length > MAX_ROWS + 1)
		return { ok: false, error: 'stat.import.too_many_rows', params: { max: MAX_ROWS } };
	const rows: Line[] = [];
	csv.rows.forEach((cells, i) => {
		const raw: Raw[] = cells.map((s) =>
			s.trim() === ''
				? { kind: 'empty' }
				: s.trimStart().startsWith('=')
					? { kind: 'formula' }
					: { kind: 'text', s }
		);
		if (raw.some((c) => c.kind !== 'empty')) rows.push({ line: i + 1, cells: raw });
	});
	return { ok: true, format: 'csv', rows };
}
