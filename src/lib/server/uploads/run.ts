// Reads uploads off the request thread: each task runs in a fresh worker thread with a memory
// limit (V8 stops the worker, not the server, when it is reached) and a time limit (the worker
// is terminated). At most MAX_RUNNING workers run at once and MAX_WAITING wait; more → busy.
// The caps on the file itself (bytes inflated, entries, rows, columns) are in the readers;
// these limits are the backstop for whatever a reader did not foresee.
import { Worker } from 'node:worker_threads';
import type { LimitCode } from './limits';
import type { TaskResults, UploadTask } from './tasks';

export const WORKER_LIMITS = {
	timeMs: 10_000,
	memoryMb: 128,
	maxRunning: 2,
	maxWaiting: 8
};

export type WorkerOutcome<T> =
	| { ok: true; value: T }
	| { ok: false; code: Extract<LimitCode, 'timeout' | 'memory' | 'busy' | 'corrupt'> };

let source: Promise<string> | null = null;

/** The worker's script: built in by Vite (worker-plugin.js); bundled on first use under tsx. */
function workerSource(): Promise<string> {
	source ??= import('virtual:upload-worker').then(
		(m) => m.default,
		async () => {
			// a computed specifier, so that no bundler follows it (esbuild stays out of the build)
			const plugin = ['.', 'worker-plugin.js'].join('/');
			const { bundleUploadWorker } = await import(/* @vite-ignore */ plugin);
			return (await bundleUploadWorker()).code as string;
		}
	);
	return source;
}

let running = 0;
const waiting: (() => void)[] = [];

function release() {
	running--;
	waiting.shift()?.();
}

async function slot(): Promise<boolean> {
	if (running < WORKER_LIMITS.maxRunning) {
		running++;
		return true;
	}
	if (waiting.length >= WORKER_LIMITS.maxWaiting) return false;
	await new Promise<void>((resolve) => waiting.push(resolve));
	running++;
	return true;
}

export async function runUploadTask<T extends UploadTask>(
	task: T,
	bytes: Uint8Array
): Promise<WorkerOutcome<TaskResults[T['kind']]>> {
	const script = await workerSource();
	if (!(await slot())) return { ok: false, code: 'busy' };
	try {
		return await new Promise((resolve) => {
			const worker = new Worker(script, {
				eval: true,
				workerData: { task, bytes },
				resourceLimits: {
					maxOldGenerationSizeMb: WORKER_LIMITS.memoryMb,
					maxYoungGenerationSizeMb: 16,
					stackSizeMb: 4
				},
				stdout: false,
				stderr: false
			});
			let settled = false;
			const settle = (outcome: WorkerOutcome<TaskResults[T['kind']]>) => {
				if (settled) return;
				settled = true;
				clearTimeout(timer);
				// the slot is given back only once the worker is gone
				void worker.terminate().then(() => resolve(outcome));
			};
			const timer = setTimeout(() => settle({ ok: false, code: 'timeout' }), WORKER_LIMITS.timeMs);
			worker.once('message', (value) => settle({ ok: true, value }));
			worker.once('error', (err: Error & { code?: string }) =>
				settle({
					ok: false,
					code: err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'corrupt'
				})
			);
			worker.once('exit', () => settle({ ok: false, code: 'corrupt' }));
		});
	} finally {
		release();
	}
}
