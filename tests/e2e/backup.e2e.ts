// Backup under write load, restore, and the app booting on the restored copy with the same rows.
// Uses the real commands (npm run backup / restore) and the built server.
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { signIn, startApp } from '../helpers/app-server';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');

// inserts audit rows one transaction at a time until killed: the write load
const WRITER = `
const db = new (require('better-sqlite3'))(process.argv[1]);
db.pragma('journal_mode = WAL'); // as the app opens it
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
const ins = db.prepare("INSERT INTO audit_log (entity, operation, at) VALUES ('load_test', 'insert', ?)");
const tick = () => { for (let i = 0; i < 20; i++) ins.run(Date.now()); setImmediate(tick); };
tick();
`;

function counts(path: string): Record<string, number> {
	const db = new Database(path, { readonly: true, timeout: 5000 });
	const tables = db
		.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
		.pluck()
		.all() as string[];
	const out: Record<string, number> = {};
	for (const t of tables)
		out[t] = db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number;
	db.close();
	return out;
}

const loadRows = (path: string) => {
	const db = new Database(path, { readonly: true, timeout: 5000 });
	const n = db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'load_test'").pluck().get();
	db.close();
	return n as number;
};

test('a backup taken under write load restores and the app boots on it with the same rows', async () => {
	test.setTimeout(120_000);
	const dir = mkdtempSync(join(tmpdir(), 'nap-backup-'));
	try {
		const live = join(dir, 'live.db');
		const file = join(dir, 'backup.db');
		const restored = join(dir, 'restored.db');
		const env = { ...process.env, DATABASE_URL: live };
		// the live database: a copy of the seeded e2e database, taken with the same command
		await run('npm', ['run', '-s', 'backup', '--', live], {
			cwd: ROOT,
			env: { ...process.env, DATABASE_URL: 'tests/e2e/.state/e2e.db' }
		});

		const writer = spawn(process.execPath, ['-e', WRITER, live], { cwd: ROOT, stdio: 'ignore' });
		try {
			await expect.poll(() => loadRows(live), { timeout: 20_000 }).toBeGreaterThan(500);
			const { stdout } = await run('npm', ['run', '-s', 'backup', '--', file], { cwd: ROOT, env });
			expect(stdout).toMatch(/integrity ok/);
			const before = loadRows(live);
			await expect.poll(() => loadRows(live), { timeout: 20_000 }).toBeGreaterThan(before + 500);
		} finally {
			writer.kill('SIGKILL');
		}
		const inBackup = counts(file);
		// taken mid-load: some of the load is in it, and the live database went on without it
		expect(inBackup.audit_log).toBeGreaterThan(0);
		expect(loadRows(file)).toBeGreaterThan(0);
		expect(loadRows(file)).toBeLessThan(loadRows(live));

		await run('npm', ['run', '-s', 'restore', '--', file], {
			cwd: ROOT,
			env: { ...process.env, DATABASE_URL: restored }
		});
		const app = await startApp({ databaseUrl: restored, dataDir: dir });
		try {
			// booted (and migrated) on the restored file: every table has the backup's rows
			expect(counts(restored)).toEqual(inBackup);
			// and it serves from it: a demo account signs in and sees the plan
			const cookie = await signIn(app.origin, 'mia@nap.test', 'demo-password');
			const plan = await fetch(`${app.origin}/plan`, { headers: { cookie } });
			expect(plan.status).toBe(200);
		} finally {
			await app.stop();
		}
		const db = new Database(restored, { readonly: true });
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
		db.close();
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
