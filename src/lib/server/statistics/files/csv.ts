// CSV in the RFC 4180 dialect Excel reads and writes: UTF-8 with a byte-order mark, quoted fields,
// CRLF. Reading also accepts ';' as the separator (what Excel saves in Azerbaijani and Russian
// locales). Text that a spreadsheet would run as a formula is written with a leading apostrophe.
const RISKY = /^[=+\-@\t\r]/;

function quote(v: string | number | null): string {
	if (v === null) return '';
	let s = String(v);
	if (typeof v === 'string' && RISKY.test(s)) s = `'${s}`;
	return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatCsv(rows: (string | number | null)[][]): string {
	return '\ufeff' + rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** Records in file order (blank ones included, so that record n is spreadsheet row n). */
export type CsvResult =
	| { ok: true; rows: string[][] }
	| {
			ok: false;
			error: 'stat.import.encoding' | 'stat.import.csv_malformed' | 'stat.import.too_many_rows';
	  };

/** `maxRows`: stop and refuse as soon as the file holds more records. */
export function parseCsv(bytes: Uint8Array, limits: { maxRows?: number } = {}): CsvResult {
	const maxRows = limits.maxRows ?? Infinity;
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, error: 'stat.import.encoding' };
	}
	if (text.startsWith('\ufeff')) text = text.slice(1);
	if (text.includes('\0')) return { ok: false, error: 'stat.import.encoding' };
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	const sep = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = 0;
	while (i < text.length) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') ((field += '"'), (i += 2));
			else if (ch === '"') ((quoted = false), i++);
			else ((field += ch), i++);
			continue;
		}
		if (ch === '"' && field === '') ((quoted = true), i++);
		else if (ch === sep) (row.push(field), (field = ''), i++);
		else if (ch === '\r' || ch === '\n') {
			(row.push(field), rows.push(row), (row = []), (field = ''));
			if (rows.length > maxRows) return { ok: false, error: 'stat.import.too_many_rows' };
			i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
		} else ((field += ch), i++);
	}
	// a quote left open means the file was cut short
	if (quoted) return { ok: false, error: 'stat.import.csv_malformed' };
	if (field !== '' || row.length) (row.push(field), rows.push(row));
	if (rows.length > maxRows) return { ok: false, error: 'stat.import.too_many_rows' };
	return { ok: true, rows };
}

/** Undoes the export's formula guard on text cells. */
export function unguard(s: string): string {
	return /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}
