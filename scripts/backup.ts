// A consistent copy of the live database while the app runs: npm run backup -- FILE
// SQLite's online backup API (better-sqlite3 `db.backup`) copies every page in one step, i.e.
// under one read transaction: in WAL mode that does not block the app's writers, and the copy is
// the database as of one commit (steps of a few pages would restart whenever the app writes).
// The copy is written next to FILE, checked (PRAGMA integrity_check) and only then renamed to
// FILE, so FILE is never a half-written backup. Not in the database, to back up separately:
// $DATA_DIR/uploads (evidence files) and the TOTP key (TOTP_ENCRYPTION_KEY or $DATA_DIR/totp.key).
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const file = process.argv[2];
if (!file || file.startsWith('-')) {
	console.error(
		'usage: npm run backup -- FILE   (copies $DATABASE_URL, default ./data/nap-tracker.db)'
	);
	process.exit(2);
}
const source = process.env.DATABASE_URL || './data/nap-tracker.db';
if (!existsSync(source)) {
	console.error(`backup: ${source} does not exist`);
	process.exit(1);
}
const target = resolve(file);
const partial = `${target}.partial`;

const started = Date.now();
const db = new Database(source, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
try {
	rmSync(partial, { force: true });
	// returning a large page count from `progress` makes the rest one step
	await db.backup(partial, { progress: () => 1 << 30 });
} finally {
	db.close();
}
// one self-contained file (no -wal beside it), checked
const copy = new Database(partial);
copy.pragma('journal_mode = DELETE');
const check = copy.pragma('integrity_check', { simple: true });
copy.close();
if (check !== 'ok') {
	console.error(`backup: the copy fails integrity_check (${String(check)}); ${partial} kept`);
	process.exit(1);
}
renameSync(partial, target);
const mb = (statSync(target).size / 1e6).toFixed(1);
console.log(`backup: ${source} -> ${target} (${mb} MB, ${Date.now() - started} ms, integrity ok)`);
