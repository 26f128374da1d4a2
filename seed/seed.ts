// Demo seed: `tsx seed/seed.ts [--if-empty]`. Runs every step in seed/steps in file-name order.
// Steps are idempotent where they can be; --if-empty skips the whole seed when users exist.
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { count } from 'drizzle-orm';
import { openDatabase } from '../src/lib/server/db/connect';
import { user } from '../src/lib/server/db/schema';
import type { SeedStep } from './context';

const here = dirname(fileURLToPath(import.meta.url));
const dbPath = process.env.DATABASE_URL || './data/nap-tracker.db';
const db = openDatabase(dbPath);

const existing = db.select({ n: count() }).from(user).get()?.n ?? 0;
if (process.argv.includes('--if-empty') && existing > 0) {
	console.log(`seed: ${dbPath} already has ${existing} users; not seeding`);
	process.exit(0);
}

const stepsDir = resolve(here, 'steps');
const files = readdirSync(stepsDir)
	.filter((f) => /^\d+-.+\.ts$/.test(f))
	.sort();
const now = new Date();
const started = Date.now();
for (const file of files) {
	const mod = (await import(pathToFileURL(resolve(stepsDir, file)).href)) as { default: SeedStep };
	const t0 = Date.now();
	await mod.default({ db, now, log: (m) => console.log(`  ${m}`) });
	console.log(`seed: ${file} (${Date.now() - t0} ms)`);
}
console.log(`seed: done in ${Date.now() - started} ms → ${dbPath}`);
db.$client.close();
