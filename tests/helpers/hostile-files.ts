// Hostile uploads built in code: a small ZIP writer that lets an entry lie about its sizes, a
// minimal XLSX around any sheet XML, and the shapes of the issue 12 audit (H1, M1, M2) plus more.
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

export interface RawEntry {
	name: string;
	/** the bytes as stored (raw deflate when `deflated`) */
	data: Uint8Array;
	deflated: boolean;
	/** what the archive claims the entry inflates to */
	declaredSize: number;
	crc?: number;
}

export function entry(name: string, content: string | Uint8Array): RawEntry {
	const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
	return {
		name,
		data: deflateRawSync(bytes),
		deflated: true,
		declaredSize: bytes.length,
		crc: crc32(bytes)
	};
}

export function zip(entries: RawEntry[]): Uint8Array {
	const parts: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const e of entries) {
		const name = Buffer.from(e.name);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(0x0800, 6);
		local.writeUInt16LE(e.deflated ? 8 : 0, 8);
		local.writeUInt32LE(e.crc ?? 0, 14);
		local.writeUInt32LE(e.data.length, 18);
		local.writeUInt32LE(e.declaredSize, 22);
		local.writeUInt16LE(name.length, 26);
		parts.push(local, name, Buffer.from(e.data));
		const cd = Buffer.alloc(46);
		cd.writeUInt32LE(0x02014b50, 0);
		cd.writeUInt16LE(20, 4);
		cd.writeUInt16LE(20, 6);
		cd.writeUInt16LE(0x0800, 8);
		cd.writeUInt16LE(e.deflated ? 8 : 0, 10);
		cd.writeUInt32LE(e.crc ?? 0, 16);
		cd.writeUInt32LE(e.data.length, 20);
		cd.writeUInt32LE(e.declaredSize, 24);
		cd.writeUInt16LE(name.length, 28);
		cd.writeUInt32LE(offset, 42);
		central.push(cd, name);
		offset += 30 + name.length + e.data.length;
	}
	const cdBytes = Buffer.concat(central);
	const eocd = Buffer.alloc(22);
	eocd.writeUInt32LE(0x06054b50, 0);
	eocd.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
	eocd.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
	eocd.writeUInt32LE(cdBytes.length, 12);
	eocd.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...parts, cdBytes, eocd]));
}

/** Raw deflate of `total` bytes of `fill`, streamed so that the test never holds them. */
export async function deflateBomb(total: number, fill = 0x30): Promise<Uint8Array> {
	const chunk = Buffer.alloc(1024 * 1024, fill);
	const d = createDeflateRaw({ level: 9 });
	const out: Buffer[] = [];
	d.on('data', (b: Buffer) => out.push(b));
	const done = new Promise((r) => d.on('end', r));
	for (let left = total; left > 0; left -= chunk.length) {
		const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
		if (!d.write(part)) await new Promise((r) => d.once('drain', r));
	}
	d.end();
	await done;
	return new Uint8Array(Buffer.concat(out));
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = (sheet: string) =>
	`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

/** A minimal workbook around `sheet` (sheet1.xml) and optional shared strings, or raw entries. */
export function xlsx(
	sheet: string | RawEntry,
	opts: { sheetName?: string; sharedStrings?: string | RawEntry; extra?: RawEntry[] } = {}
): Uint8Array {
	const as = (name: string, c: string | RawEntry) =>
		typeof c === 'string' ? entry(name, c) : { ...c, name };
	return zip([
		entry('[Content_Types].xml', CONTENT_TYPES),
		entry('_rels/.rels', ROOT_RELS),
		entry('xl/workbook.xml', WORKBOOK(opts.sheetName ?? 'statistics')),
		entry('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
		as('xl/worksheets/sheet1.xml', sheet),
		...(opts.sharedStrings ? [as('xl/sharedStrings.xml', opts.sharedStrings)] : []),
		...(opts.extra ?? [])
	]);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
export const inline = (ref: string, s: string) =>
	`<c r="${ref}" t="inlineStr"><is><t>${esc(s)}</t></is></c>`;
export const sheetXml = (rows: string) =>
	`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

export const STAT_HEADER = [
	'institution',
	'year',
	'metric_code',
	'category_key',
	'metric',
	'category',
	'value',
	'not_available',
	'derived',
	'source'
];
const COLS = 'ABCDEFGHIJ';

/** H1: a statistics file whose rows each carry one more cell, in column XFD. */
export function statXfdFile(rows: number, inst = 'PGO', year = 2023): Uint8Array {
	let xml = `<row r="1">${STAT_HEADER.map((h, i) => inline(`${COLS[i]}1`, h)).join('')}</row>`;
	for (let r = 2; r <= rows + 1; r++)
		xml += `<row r="${r}">${inline(`A${r}`, inst)}<c r="B${r}"><v>${year}</v></c>${inline(`C${r}`, 'defendants')}<c r="G${r}"><v>1</v></c>${inline(`XFD${r}`, 'x')}</row>`;
	return xlsx(sheetXml(xml));
}

/** M1: a plan table of `rows` actions in XLSX. */
export function planRowsFile(rows: number): Uint8Array {
	const head = ['No.', 'Action (en)', 'Executing bodies', 'Period'];
	let xml = `<row r="1">${head.map((h, i) => inline(`${'ABCD'[i]}1`, h)).join('')}</row>`;
	for (let r = 2; r <= rows + 1; r++)
		xml += `<row r="${r}">${inline(`A${r}`, `1.${r}`)}${inline(`B${r}`, `Action ${r}`)}${inline(`C${r}`, 'MIA')}${inline(`D${r}`, '2025')}</row>`;
	return xlsx(sheetXml(xml), { sheetName: 'Plan' });
}
