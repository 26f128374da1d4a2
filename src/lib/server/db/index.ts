import { env } from '$env/dynamic/private';
import { building } from '$app/environment';
import { openDatabase, type DB } from './connect';

export type { DB } from './connect';

let instance: DB | null = null;

// Opened lazily so that `vite build` never touches a database file.
function getDb(): DB {
	if (building) throw new Error('the database is not available while building');
	instance ??= openDatabase(env.DATABASE_URL || './data/nap-tracker.db');
	return instance;
}

// A proxy keeps `import { db }` ergonomic while deferring the open until first use.
export const db: DB = new Proxy({} as DB, {
	get(_target, prop) {
		const real = getDb() as unknown as Record<string | symbol, unknown>;
		const value = real[prop];
		return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value;
	}
});
