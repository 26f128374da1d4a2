// Reads one worksheet of an XLSX file within hard caps, without a spreadsheet library: only the
// parts needed (workbook, its relations, shared strings, styles for dates, the sheet) are
// inflated, through the bounded ZIP reader; the sheet is streamed through saxes; only columns
// A..maxColumns are kept, and a non-empty cell further right only sets `beyond` (a cell in
// column XFD costs one flag, not 16,384 cells). Every cap throws a LimitError.
import { LimitError, type SheetLimits } from './limits';
import { ZipReader } from './zip';
import { attr, scanXml } from './xml';

export type XCell =
	| { kind: 'empty' }
	| { kind: 'number'; n: number }
	/** a number shown in a date format (or an ISO date cell): only the year is used */
	| { kind: 'date'; year: number }
	| { kind: 'text'; s: string }
	| { kind: 'bool'; b: boolean }
	| { kind: 'error' }
	| { kind: 'formula'; result: XCell };

export interface SheetRow {
	line: number;
	cells: XCell[];
	/** a non-empty cell right of maxColumns */
	beyond: boolean;
}

const EMPTY: XCell = { kind: 'empty' };
const SMALL_PART = 2 * 1024 * 1024;
const MAX_ROW = 1_048_576;

function resolve(base: string, target: string): string {
	if (target.startsWith('/')) return target.slice(1);
	const parts = base.split('/').slice(0, -1);
	for (const seg of target.split('/')) {
		if (seg === '..') parts.pop();
		else if (seg !== '.') parts.push(seg);
	}
	return parts.join('/');
}

/** Relationship id → { type, part path } of a part's `_rels` file. */
function relations(zip: ZipReader, part: string, maxDepth: number) {
	const dir = part.split('/').slice(0, -1).join('/');
	const file = `${dir ? dir + '/' : ''}_rels/${part.split('/').pop()}.rels`;
	const rels = new Map<string, { type: string; path: string }>();
	if (!zip.has(file)) return rels;
	scanXml(
		zip.readText(file, SMALL_PART),
		{
			open: (name, a) => {
				if (name === 'Relationship' && a.Id && a.Target)
					rels.set(a.Id, { type: a.Type ?? '', path: resolve(part, a.Target) });
			}
		},
		maxDepth
	);
	return rels;
}

const BUILTIN_DATE_FORMATS = new Set([
	14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
	52, 53, 54, 55, 56, 57, 58
]);

function isDateFormat(code: string): boolean {
	const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
	return /[dmy]/i.test(bare);
}

/** For each cell style index: does it show numbers as dates? */
function dateStyles(zip: ZipReader, path: string | undefined, maxDepth: number): boolean[] {
	if (!path || !zip.has(path)) return [];
	const custom = new Map<number, string>();
	const xfs: boolean[] = [];
	let inCellXfs = false;
	scanXml(
		zip.readText(path, SMALL_PART),
		{
			open: (name, a) => {
				if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
				else if (name === 'cellXfs') inCellXfs = true;
				else if (name === 'xf' && inCellXfs) {
					const id = Number(a.numFmtId ?? 0);
					xfs.push(BUILTIN_DATE_FORMATS.has(id) || isDateFormat(custom.get(id) ?? ''));
				}
			},
			close: (name) => {
				if (name === 'cellXfs') inCellXfs = false;
			}
		},
		maxDepth
	);
	return xfs;
}

/** Collects the text of `<t>` elements inside `container` (skipping phonetic runs). */
function textCollector(limits: SheetLimits) {
	let inT = false;
	let inPhonetic = false;
	let buf = '';
	return {
		reset: () => (buf = ''),
		value: () => buf,
		open(name: string) {
			if (name === 'rPh') inPhonetic = true;
			else if (name === 't' && !inPhonetic) inT = true;
		},
		close(name: string) {
			if (name === 'rPh') inPhonetic = false;
			else if (name === 't') inT = false;
		},
		text(t: string) {
			if (!inT) return;
			buf += t;
			if (buf.length > limits.maxStringLength) throw new LimitError('structure');
		}
	};
}

function sharedStrings(zip: ZipReader, path: string | undefined, limits: SheetLimits): string[] {
	if (!path || !zip.has(path)) return [];
	const out: string[] = [];
	const t = textCollector(limits);
	scanXml(
		zip.readText(path),
		{
			open: (name) => {
				if (name === 'si') {
					if (out.length >= limits.maxSharedStrings) throw new LimitError('structure');
					t.reset();
				} else t.open(name);
			},
			close: (name) => {
				if (name === 'si') out.push(t.value());
				else t.close(name);
			},
			text: t.text
		},
		limits.maxDepth
	);
	return out;
}

function columnOf(ref: string): number {
	let col = 0;
	for (const ch of ref) {
		const c = ch.charCodeAt(0);
		if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
		else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
		else break;
		if (col > 16384) throw new LimitError('corrupt');
	}
	return col;
}

export interface SheetChoice {
	/** the sheet to read by name; otherwise (or when missing) the first sheet */
	name?: string;
}

export function readSheet(bytes: Uint8Array, limits: SheetLimits, choice: SheetChoice = {}) {
	const zip = new ZipReader(bytes, limits);
	const depth = limits.maxDepth;
	const root = relations(zip, '', depth);
	const office = [...root.values()].find((r) => r.type.endsWith('/officeDocument'));
	const workbook = office?.path ?? 'xl/workbook.xml';
	if (!zip.has(workbook)) throw new LimitError('corrupt');

	const sheets: { name: string; rid: string }[] = [];
	let date1904 = false;
	scanXml(
		zip.readText(workbook, SMALL_PART),
		{
			open: (name, a) => {
				if (name === 'sheet') sheets.push({ name: a.name ?? '', rid: attr(a, 'id') ?? '' });
				if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
			}
		},
		depth
	);
	const rels = relations(zip, workbook, depth);
	const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.path;
	const sheet = sheets.find((s) => s.name === choice.name) ?? sheets[0];
	const sheetPath = sheet ? rels.get(sheet.rid)?.path : undefined;
	if (!sheetPath || !zip.has(sheetPath)) throw new LimitError('corrupt');

	const isDate = dateStyles(zip, byType('/styles'), depth);
	const strings = sharedStrings(zip, byType('/sharedStrings'), limits);
	const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
	const yearOf = (serial: number) => new Date(epoch + serial * 86_400_000).getUTCFullYear();

	const rows: SheetRow[] = [];
	let scanned = 0;
	let row: SheetRow | null = null;
	let lastLine = 0;
	let cell: {
		col: number;
		t: string;
		s: number;
		formula: boolean;
		v: string;
		inV: boolean;
	} | null = null;
	let lastCol = 0;
	const inline = textCollector(limits);

	const valueOf = (c: NonNullable<typeof cell>): XCell => {
		const v = c.v;
		switch (c.t) {
			case 's': {
				const s = strings[Number(v)];
				if (v === '' || s === undefined) throw new LimitError('corrupt');
				return s === '' ? EMPTY : { kind: 'text', s };
			}
			case 'inlineStr':
			case 'str': {
				const s = c.t === 'str' ? v : inline.value();
				return s === '' ? EMPTY : { kind: 'text', s };
			}
			case 'b':
				return v === '' ? EMPTY : { kind: 'bool', b: v === '1' || v === 'true' };
			case 'e':
				return { kind: 'error' };
			case 'd': {
				const year = Number(v.slice(0, 4));
				return Number.isInteger(year) ? { kind: 'date', year } : { kind: 'error' };
			}
			default: {
				if (v.trim() === '') return EMPTY;
				const n = Number(v);
				if (!Number.isFinite(n)) throw new LimitError('corrupt');
				return isDate[c.s] ? { kind: 'date', year: yearOf(n) } : { kind: 'number', n };
			}
		}
	};

	scanXml(
		zip.readText(sheetPath),
		{
			open: (name, a) => {
				if (name === 'row') {
					if (++scanned > limits.maxCells) throw new LimitError('structure');
					const line = a.r ? Number(a.r) : lastLine + 1;
					if (!Number.isInteger(line) || line < 1 || line > MAX_ROW)
						throw new LimitError('corrupt');
					row = { line, cells: [], beyond: false };
					lastLine = line;
					lastCol = 0;
				} else if (name === 'c' && row) {
					if (++scanned > limits.maxCells) throw new LimitError('structure');
					const col = a.r ? columnOf(a.r) : lastCol + 1;
					if (col < 1) throw new LimitError('corrupt');
					lastCol = col;
					cell = { col, t: a.t ?? 'n', s: Number(a.s ?? 0), formula: false, v: '', inV: false };
					inline.reset();
				} else if (cell) {
					if (name === 'f') cell.formula = true;
					else if (name === 'v') cell.inV = true;
					else inline.open(name);
				}
			},
			close: (name) => {
				if (name === 'c' && row && cell) {
					const value = valueOf(cell);
					const result: XCell = cell.formula ? { kind: 'formula', result: value } : value;
					if (result.kind !== 'empty') {
						if (cell.col > limits.maxColumns) row.beyond = true;
						else {
							while (row.cells.length < cell.col - 1) row.cells.push(EMPTY);
							row.cells[cell.col - 1] = result;
						}
					}
					cell = null;
				} else if (name === 'row' && row) {
					if (row.beyond || row.cells.some((c) => c.kind !== 'empty')) {
						if (rows.length >= limits.maxRows) throw new LimitError('rows');
						rows.push(row);
					}
					row = null;
				} else if (cell) {
					if (name === 'v') cell.inV = false;
					else inline.close(name);
				}
			},
			text: (t) => {
				if (!cell) return;
				if (cell.inV) {
					cell.v += t;
					if (cell.v.length > limits.maxStringLength) throw new LimitError('structure');
				} else inline.text(t);
			}
		},
		depth
	);
	return rows;
}
