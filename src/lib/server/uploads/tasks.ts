// The work the upload worker can do: each task reads an uploaded file within its caps and
// returns a plain, cloneable result. Nothing here touches the database.
import { readRowsInWorker, type ReadResult as StatRead } from '../statistics/files/read';
import {
	readGridInWorker,
	type PlanFormat,
	type ReadResult as PlanRead
} from '../plan-import/read';
import type { FileType } from '../file-type';
import { sniffInWorker } from './sniff';

export type UploadTask =
	{ kind: 'stat-rows' } | { kind: 'plan-grid'; format: PlanFormat } | { kind: 'sniff' };

export interface TaskResults {
	'stat-rows': StatRead;
	'plan-grid': PlanRead;
	sniff: FileType | null;
}

export function runTask(task: UploadTask, bytes: Uint8Array): TaskResults[UploadTask['kind']] {
	switch (task.kind) {
		case 'stat-rows':
			return readRowsInWorker(bytes);
		case 'plan-grid':
			return readGridInWorker(task.format, bytes);
		case 'sniff':
			return sniffInWorker(bytes);
	}
}
