// Pack jobs live in the database with their file under a packs folder: they survive re-opening the
// database, a restart fails the ones it interrupted, old ones are cleaned, and one user may run
// only MAX_RUNNING_PER_USER at once.
import { afterEach, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DB } from '../../../src/lib/server/db/connect';
import { createTestDb } from '../../helpers/test-db';
import { makeReviewPlan } from '../../factories/reviews';
import { makeUser } from '../../factories';
import { liveSource } from '../../../src/lib/server/reviews/snapshot-source';
import { packJob } from '../../../src/lib/server/db/schema';
import {
	cleanPackJobs,
	failInterruptedPackJobs,
	getPackJob,
	MAX_RUNNING_PER_USER,
	readPackFile,
	startPackJob
} from '../../../src/lib/server/reviews/pack/jobs';

const NOW = new Date('2023-03-01T10:00:00Z');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
	const d = mkdtempSync(join(tmpdir(), 'pack-jobs-'));
	dirs.push(d);
	return d;
}

function options(planId: number) {
	return {
		source: liveSource(planId, NOW),
		scope: { kind: 'plan' as const },
		locale: 'en' as const,
		audience: 'internal' as const,
		now: NOW
	};
}

async function documentXml(file: Buffer): Promise<string> {
	return (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string');
}

describe('pack jobs in the database', () => {
	it('moves through its steps to a DOCX that only its owner can fetch, also after re-opening the DB', async () => {
		const dir = tempDir();
		const packs = join(dir, 'packs');
		const path = join(dir, 'app.db');
		let db: DB = openDatabase(path);
		const f = makeReviewPlan(db);
		const started = startPackJob(db, packs, f.reviewer.id, options(f.plan.id), 'pack.docx');
		if (!started.ok) throw new Error('refused');
		expect(started.job.step).toBe('queued');
		await started.done;
		db.$client.close();

		db = openDatabase(path);
		const job = getPackJob(db, started.job.id, f.reviewer.id)!;
		expect(job.step).toBe('done');
		expect(getPackJob(db, started.job.id, f.reviewer.id + 1)).toBeNull();
		expect(await documentXml(readPackFile(packs, job)!)).toContain('Implementation by aim');
		db.$client.close();
	});

	it('marks a failed job failed, with no file', async () => {
		const db = createTestDb();
		const f = makeReviewPlan(db);
		const started = startPackJob(db, tempDir(), f.reviewer.id, options(99_999), 'x.docx');
		if (!started.ok) throw new Error('refused');
		await started.done;
		const job = getPackJob(db, started.job.id, f.reviewer.id)!;
		expect(job.step).toBe('failed');
		expect(readPackFile(tempDir(), job)).toBeNull();
	});

	it('on start, fails the jobs a restart interrupted and leaves finished ones', () => {
		const db = createTestDb();
		const f = makeReviewPlan(db);
		db.insert(packJob)
			.values([
				{ id: 'a', userId: f.reviewer.id, step: 'charts', fileName: 'a.docx', createdAt: NOW },
				{ id: 'b', userId: f.reviewer.id, step: 'queued', fileName: 'b.docx', createdAt: NOW },
				{ id: 'c', userId: f.reviewer.id, step: 'done', fileName: 'c.docx', createdAt: NOW }
			])
			.run();
		expect(failInterruptedPackJobs(db, NOW)).toBe(2);
		const steps = db
			.select()
			.from(packJob)
			.all()
			.map((j) => `${j.id}:${j.step}`);
		expect(steps.sort()).toEqual(['a:failed', 'b:failed', 'c:done']);
	});

	it('removes jobs and files older than a day, and keeps newer ones', () => {
		const db = createTestDb();
		const f = makeReviewPlan(db);
		const packs = tempDir();
		const old = new Date(NOW.getTime() - 25 * 3600_000);
		const recent = new Date(NOW.getTime() - 3600_000);
		for (const [id, at] of [
			['old', old],
			['new', recent]
		] as const) {
			writeFileSync(join(packs, `${id}.docx`), 'x');
			utimesSync(join(packs, `${id}.docx`), at, at);
			db.insert(packJob)
				.values({
					id,
					userId: f.reviewer.id,
					step: 'done',
					fileName: `${id}.docx`,
					filePath: `${id}.docx`,
					createdAt: at
				})
				.run();
		}
		// a file whose row is gone (e.g. a crash between writing and recording) is cleaned too
		writeFileSync(join(packs, 'stray.docx.part'), 'x');
		utimesSync(join(packs, 'stray.docx.part'), old, old);

		expect(cleanPackJobs(db, packs, NOW)).toBe(1);
		expect(
			db
				.select()
				.from(packJob)
				.all()
				.map((j) => j.id)
		).toEqual(['new']);
		expect(existsSync(join(packs, 'old.docx'))).toBe(false);
		expect(existsSync(join(packs, 'stray.docx.part'))).toBe(false);
		expect(existsSync(join(packs, 'new.docx'))).toBe(true);
		expect(getPackJob(db, 'new', f.reviewer.id, NOW)).not.toBeNull();
	});

	it(`refuses a user's job beyond ${MAX_RUNNING_PER_USER} running, but not another user's`, async () => {
		const db = createTestDb();
		const f = makeReviewPlan(db);
		const packs = tempDir();
		const runs = Array.from({ length: MAX_RUNNING_PER_USER }, () =>
			startPackJob(db, packs, f.reviewer.id, options(f.plan.id), 'p.docx')
		);
		expect(runs.every((r) => r.ok)).toBe(true);
		expect(startPackJob(db, packs, f.reviewer.id, options(f.plan.id), 'p.docx')).toEqual({
			ok: false,
			error: 'too_many'
		});
		const admin = makeUser(db, { role: 'admin' });
		const other = startPackJob(db, packs, admin.id, options(f.plan.id), 'p.docx');
		expect(other.ok).toBe(true);
		await Promise.all([...runs, other].map((r) => (r.ok ? r.done : null)));
		// once finished, the user may start again
		const again = startPackJob(db, packs, f.reviewer.id, options(f.plan.id), 'p.docx');
		expect(again.ok).toBe(true);
		if (again.ok) await again.done;
	});
});
