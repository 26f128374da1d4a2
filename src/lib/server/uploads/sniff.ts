// Recognises a file's type from its content (runs in the upload worker): PDF, JPEG and PNG by
// their magic bytes; DOCX and XLSX are ZIP archives whose [Content_Types].xml names the main
// part. Only that one entry is inflated, at most 256 KB of it, whatever the archive declares.
import type { FileType } from '../file-type';
import { LimitError } from './limits';
import { isZip, ZipReader } from './zip';

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

const DOCX_MAIN =
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const XLSX_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

export const SNIFF_LIMITS = { maxEntries: 10_000, maxInflated: 256 * 1024 };

export function sniffInWorker(bytes: Uint8Array): FileType | null {
	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
	if (!isZip(bytes)) return null;
	try {
		const zip = new ZipReader(bytes, SNIFF_LIMITS);
		if (!zip.has('[Content_Types].xml')) return null;
		const types = zip.readText('[Content_Types].xml');
		if (types.includes(`ContentType="${DOCX_MAIN}"`)) return 'docx';
		if (types.includes(`ContentType="${XLSX_MAIN}"`)) return 'xlsx';
		return null;
	} catch (err) {
		if (err instanceof LimitError) return null;
		throw err;
	}
}
