// A small RFC 4180 CSV reader: quoted cells with doubled quotes and line breaks, a UTF-8 BOM,
// and the delimiter (comma, semicolon or tab) guessed from the header line, because Excel in
// Azerbaijani and other comma-decimal locales saves CSV with semicolons.
import { LimitError } from '../uploads/limits';
import type { Grid } from './types';

export function detectDelimiter(text: string): string {
	let firstLine = '';
	let quoted = false;
	for (const ch of text) {
		if (ch === '"') quoted = !quoted;
		if (!quoted && (ch === '\n' || ch === '\r')) break;
		if (!quoted) firstLine += ch;
	}
	const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
	counts.sort((a, b) => b[1] - a[1]);
	return counts[0][1] > 0 ? counts[0][0] : ',';
}

/** Caps on records and on non-empty fields per record; past one, a LimitError. */
export function parseCsv(
	input: string,
	limits: { maxRows: number; maxColumns: number } = { maxRows: Infinity, maxColumns: Infinity }
): Grid {
	const text = input.replace(/^\uFEFF/, '');
	const delimiter = detectDelimiter(text);
	const rows: Grid = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	// fields right of maxColumns are dropped while empty, refused when not
	const push = () => {
		if (row.length < limits.maxColumns) row.push(cell);
		else if (cell.trim() !== '') throw new LimitError('columns');
		cell = '';
	};
	const endRow = () => {
		rows.push(row);
		row = [];
		if (rows.length > limits.maxRows) throw new LimitError('rows');
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"' && cell === '') quoted = true;
		else if (ch === delimiter) {
			push();
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			push();
			endRow();
		} else cell += ch;
	}
	if (cell !== '' || row.length) {
		push();
		endRow();
	}
	return rows;
}

/** Writes a grid as CSV (comma-separated, every cell quoted when needed, UTF-8 BOM for Excel). */
export function toCsv(grid: Grid): string {
	const quote = (s: string) => (/[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
	return '\uFEFF' + grid.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}
