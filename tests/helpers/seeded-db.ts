// The demo seed in a fresh in-memory database (the steps of seed/steps, in order: all of them, or
// those numbered up to `through`, e.g. 60 for everything but the reviews).
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTestDb } from './test-db';
import type { SeedStep } from '../../seed/context';
import type { DB } from '../../src/lib/server/db/connect';

export async function createSeededDb(
	now = new Date('2026-11-01T09:00:00Z'),
	{ through = Infinity }: { through?: number } = {}
): Promise<DB> {
	const db = createTestDb();
	const dir = resolve('seed/steps');
	for (const file of readdirSync(dir)
		.filter((f) => /^\d+-.+\.ts$/.test(f) && parseInt(f, 10) <= through)
		.sort()) {
		const step = (await import(pathToFileURL(resolve(dir, file)).href)) as { default: SeedStep };
		await step.default({ db, now, log: () => {} });
	}
	return db;
}
