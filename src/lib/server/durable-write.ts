// A file that the app has acknowledged (evidence, a generated pack) is on disk before it is named:
// written to a temporary name, synced, then renamed, so a crash leaves either the whole file or none.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeDurably(path: string, bytes: Uint8Array): void {
	mkdirSync(dirname(path), { recursive: true });
	const tmp = `${path}.part`;
	const fd = openSync(tmp, 'w', 0o640);
	try {
		writeSync(fd, bytes);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
	renameSync(tmp, path);
}
