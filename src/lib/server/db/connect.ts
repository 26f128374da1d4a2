// Opens (and migrates) a SQLite database. No SvelteKit imports here: the seed scripts and the
// unit tests use this module directly.
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';

export type DB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

// the app, the seed and the tests all run from the project root
export const MIGRATIONS_DIR = resolve(process.env.MIGRATIONS_DIR ?? 'drizzle/migrations');

export function openDatabase(path: string, options: { migrate?: boolean } = {}): DB {
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const sqlite = new Database(path);
	if (path !== ':memory:') sqlite.pragma('journal_mode = WAL');
	// an acknowledged write is on disk, even after a power cut
	sqlite.pragma('synchronous = FULL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	const db = drizzle(sqlite, { schema }) as DB;
	if (options.migrate !== false) migrate(db, { migrationsFolder: MIGRATIONS_DIR });
	return db;
}
