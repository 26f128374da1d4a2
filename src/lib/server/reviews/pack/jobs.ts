// Pack generation runs as a job in the server process, so the browser gets a status page at once
// (refreshed by <meta http-equiv="refresh">, no JavaScript needed) and then a download link.
// Each job is a row of `pack_job` and its DOCX a file under DATA_DIR/packs, so a finished pack
// survives a restart; a job a restart interrupted is marked failed on start (a pack is derived
// data, regenerated in seconds, so re-running it unasked is not worth the complexity). Rows and
// files older than a day are removed by the hourly job runner.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeDurably } from '../../durable-write';
import { and, count, eq, lt, notInArray } from 'drizzle-orm';
import type { DB } from '../../db/connect';
import { packJob, PACK_JOB_STEPS } from '../../db/schema';
import { buildPackData, type PackOptions } from './data';
import { renderPackDocx } from './docx';
import { renderPackCharts } from './pack-charts';

export const JOB_STEPS = PACK_JOB_STEPS;
export type JobStep = (typeof JOB_STEPS)[number];
export type PackJob = typeof packJob.$inferSelect;

/** how long a job and its file are kept */
export const PACK_TTL_MS = 24 * 60 * 60 * 1000;
/** packs one user may have generating at once; more would let one user starve the server */
export const MAX_RUNNING_PER_USER = 2;
const FINISHED: JobStep[] = ['done', 'failed'];

export type StartResult =
	| { ok: true; job: PackJob; /** settles when the job has finished */ done: Promise<void> }
	| { ok: false; error: 'too_many' };

// lets the status page render between steps
const yieldToServer = () => new Promise<void>((resolve) => setImmediate(resolve));

function setStep(db: DB, id: string, step: JobStep, extra: Partial<PackJob> = {}): void {
	db.update(packJob)
		.set({ step, ...extra })
		.where(eq(packJob.id, id))
		.run();
}

export function runningPackJobs(db: DB, userId: number): number {
	return db
		.select({ n: count() })
		.from(packJob)
		.where(and(eq(packJob.userId, userId), notInArray(packJob.step, FINISHED)))
		.get()!.n;
}

export function startPackJob(
	db: DB,
	packsDir: string,
	userId: number,
	options: PackOptions,
	fileName: string,
	now: Date = new Date()
): StartResult {
	// check and insert in one transaction, so two quick clicks cannot both pass the bound
	const job = db.transaction((tx) => {
		if (runningPackJobs(tx as unknown as DB, userId) >= MAX_RUNNING_PER_USER) return null;
		return tx
			.insert(packJob)
			.values({ id: randomUUID(), userId, step: 'queued', fileName, createdAt: now })
			.returning()
			.get();
	});
	if (!job) return { ok: false, error: 'too_many' };
	return { ok: true, job, done: run(db, packsDir, job.id, options) };
}

async function run(db: DB, packsDir: string, id: string, options: PackOptions): Promise<void> {
	try {
		await yieldToServer();
		setStep(db, id, 'collect');
		const data = buildPackData(db, options);
		if (!data) throw new Error('plan not found');
		await yieldToServer();
		setStep(db, id, 'charts');
		const images = renderPackCharts(data);
		await yieldToServer();
		setStep(db, id, 'document');
		const file = await renderPackDocx(data, images);
		mkdirSync(packsDir, { recursive: true });
		const filePath = `${id}.docx`;
		writeDurably(join(packsDir, filePath), file);
		setStep(db, id, 'done', { filePath, finishedAt: new Date() });
	} catch (e) {
		console.error(`[pack job ${id}]`, e);
		setStep(db, id, 'failed', { finishedAt: new Date() });
	}
}

/** A job, only for the user who started it, while it is kept. */
export function getPackJob(db: DB, id: string, userId: number, now = new Date()): PackJob | null {
	const job = db.select().from(packJob).where(eq(packJob.id, id)).get();
	return job && job.userId === userId && now.getTime() - job.createdAt.getTime() <= PACK_TTL_MS
		? job
		: null;
}

/** The finished document of a job, or null when it is not done or its file is gone. */
export function readPackFile(packsDir: string, job: PackJob): Buffer | null {
	if (job.step !== 'done' || !job.filePath) return null;
	try {
		return readFileSync(join(packsDir, job.filePath));
	} catch {
		return null;
	}
}

/** On start: a job that was running when the server stopped will never finish. */
export function failInterruptedPackJobs(db: DB, now = new Date()): number {
	return db
		.update(packJob)
		.set({ step: 'failed', finishedAt: now })
		.where(notInArray(packJob.step, FINISHED))
		.run().changes;
}

/** Removes jobs older than a day with their files, and any stray file in the folder that old. */
export function cleanPackJobs(db: DB, packsDir: string, now = new Date()): number {
	const cutoff = new Date(now.getTime() - PACK_TTL_MS);
	const old = db.delete(packJob).where(lt(packJob.createdAt, cutoff)).returning().all();
	for (const j of old) if (j.filePath) rmSync(join(packsDir, j.filePath), { force: true });
	let names: string[] = [];
	try {
		names = readdirSync(packsDir);
	} catch {
		return old.length;
	}
	for (const name of names) {
		const path = join(packsDir, name);
		if (statSync(path).mtimeMs < cutoff.getTime()) rmSync(path, { force: true });
	}
	return old.length;
}
