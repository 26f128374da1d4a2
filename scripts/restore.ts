// Puts a backup (npm run backup) in place of $DATABASE_URL: npm run restore -- FILE
// Stop the app first. The backup is checked (integrity_check) and copied with SQLite's backup
// API; the database it replaces is checkpointed (its WAL folded in) and kept as
// <DATABASE_URL>.pre-restore-<time>, so a restore can itself be undone. The app migrates the
// restored database on start, so a backup from an older release restores too.
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';

const file = process.argv[2];
if (!file || file.startsWith('-')) {
	console.error(
		'usage: npm run restore -- FILE   (replaces $DATABASE_URL, default ./data/nap-tracker.db)'
	);
	process.exit(2);
}
const target = resolve(process.env.DATABASE_URL || './data/nap-tracker.db');
if (!existsSync(file)) {
	console.error(`restore: ${file} does not exist`);
	process.exit(1);
}

const backup = new Database(file, { readonly: true, fileMustExist: true });
const check = backup.pragma('integrity_check', { simple: true });
if (check !== 'ok') {
	console.error(`restore: ${file} fails integrity_check (${String(check)}); nothing changed`);
	process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
const incoming = `${target}.restoring`;
rmSync(incoming, { force: true });
await backup.backup(incoming, { progress: () => 1 << 30 });
backup.close();
const copy = new Database(incoming);
copy.pragma('journal_mode = DELETE');
copy.close();

let kept: string | null = null;
if (existsSync(target)) {
	// fold the WAL into the main file, so that the kept copy is whole and no stale WAL is left
	// next to the restored file (SQLite would replay it on top)
	const old = new Database(target, { fileMustExist: true });
	old.pragma('wal_checkpoint(TRUNCATE)');
	old.pragma('journal_mode = DELETE');
	old.close();
	kept = `${target}.pre-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
	renameSync(target, kept);
}
for (const extra of ['-wal', '-shm', '-journal']) rmSync(target + extra, { force: true });
renameSync(incoming, target);
console.log(
	`restore: ${file} -> ${target}${kept ? ` (the previous database is kept as ${kept})` : ''}`
);
