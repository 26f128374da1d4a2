// Recognises a file's type from its content, not its name: PDF, JPEG and PNG by their magic
// bytes; DOCX and XLSX are ZIP archives whose [Content_Types].xml names the main part.
import JSZip from 'jszip';

export const FILE_TYPES = {
	pdf: { mime: 'application/pdf', extensions: ['pdf'] },
	docx: {
		mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		extensions: ['docx']
	},
	xlsx: {
		mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		extensions: ['xlsx']
	},
	jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
	png: { mime: 'image/png', extensions: ['png'] }
} as const;
export type FileType = keyof typeof FILE_TYPES;

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

const DOCX_MAIN =
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const XLSX_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

export async function sniffFileType(bytes: Uint8Array): Promise<FileType | null> {
	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
		try {
			const zip = await JSZip.loadAsync(bytes);
			const types = await zip.file('[Content_Types].xml')?.async('string');
			if (!types) return null;
			if (types.includes(`ContentType="${DOCX_MAIN}"`)) return 'docx';
			if (types.includes(`ContentType="${XLSX_MAIN}"`)) return 'xlsx';
		} catch {
			return null;
		}
	}
	return null;
}
