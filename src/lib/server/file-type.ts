// A file's type from its content, not its name (see uploads/sniff.ts, run in the upload worker).
import { runUploadTask } from './uploads/run';

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

/** null: not one of FILE_TYPES, or an archive that could not be read within the caps. */
export async function sniffFileType(bytes: Uint8Array): Promise<FileType | null> {
	const r = await runUploadTask({ kind: 'sniff' }, bytes);
	return r.ok ? r.value : null;
}
