// Pack generation runs as a job in the server process, so the browser gets a status page at once
// (refreshed by <meta http-equiv="refresh">, no JavaScript needed) and then a download link.
// Jobs live in memory for an hour: a pack is a derived document, regenerated in seconds.
import { randomUUID } from 'node:crypto';
import type { DB } from '../../db/connect';
import { buildPackData, type PackOptions } from './data';
import { renderPackDocx } from './docx';
import { renderPackCharts } from './pack-charts';

export const JOB_STEPS = ['queued', 'collect', 'charts', 'document', 'done', 'failed'] as const;
export type JobStep = (typeof JOB_STEPS)[number];

export interface PackJob {
	id: string;
	userId: number;
	step: JobStep;
	createdAt: number;
	fileName: string;
	file: Buffer | null;
	/** settles when the job has finished (done or failed) */
	done?: Promise<void>;
}

const TTL_MS = 60 * 60 * 1000;
const jobs = new Map<string, PackJob>();

// lets the status page render between steps
const yieldToServer = () => new Promise<void>((resolve) => setImmediate(resolve));

function sweep(now: number) {
	for (const [id, j] of jobs) if (now - j.createdAt > TTL_MS) jobs.delete(id);
}

export function startPackJob(
	db: DB,
	userId: number,
	options: PackOptions,
	fileName: string
): PackJob {
	sweep(Date.now());
	const job: PackJob = {
		id: randomUUID(),
		userId,
		step: 'queued',
		createdAt: Date.now(),
		fileName,
		file: null
	};
	jobs.set(job.id, job);
	job.done = run(db, job, options);
	return job;
}

async function run(db: DB, job: PackJob, options: PackOptions): Promise<void> {
	try {
		await yieldToServer();
		job.step = 'collect';
		const data = buildPackData(db, options);
		if (!data) throw new Error('plan not found');
		await yieldToServer();
		job.step = 'charts';
		const images = renderPackCharts(data);
		await yieldToServer();
		job.step = 'document';
		job.file = await renderPackDocx(data, images);
		job.step = 'done';
	} catch (e) {
		console.error(`[pack job ${job.id}]`, e);
		job.step = 'failed';
	}
}

/** A job, only for the user who started it. */
export function getPackJob(id: string, userId: number): PackJob | null {
	const job = jobs.get(id);
	return job && job.userId === userId && Date.now() - job.createdAt <= TTL_MS ? job : null;
}
