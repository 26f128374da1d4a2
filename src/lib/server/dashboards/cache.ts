// In-memory cache of dashboard aggregates. Approving (or reopening) a report or a statistics
// report calls `invalidateAggregates()` (from workflow.ts `transition`); a fingerprint of the
// database's write counters also catches writes that bypass the workflow (seed loads, imports).
import type { DB } from '../db/connect';

const caches = new WeakMap<object, { fingerprint: string; entries: Map<string, unknown> }>();
let generation = 0;

export function invalidateAggregates(): void {
	generation++;
}

// Whether anything was written since the last look, without reading any table: this
// connection's change counter, and SQLite's data version (moved by other processes' writes, e.g.
// a seed or `npm run reminders`). Any write drops the cache; rebuilding it takes milliseconds.
const FINGERPRINT = 'SELECT total_changes() AS a';
type Client = object & {
	prepare: (s: string) => { get: () => unknown; pluck: () => { get: () => unknown } };
};
const statements = new WeakMap<
	object,
	{ changes: { get: () => unknown }; version: { get: () => unknown } }
>();

function fingerprint(client: Client): string {
	let st = statements.get(client);
	if (!st) {
		st = {
			changes: client.prepare(FINGERPRINT).pluck(),
			version: client.prepare('PRAGMA data_version').pluck()
		};
		statements.set(client, st);
	}
	return `${st.changes.get()}:${st.version.get()}`;
}

/** Moves whenever `cached` would drop its entries: other caches of approved data (pages) key on it. */
export function aggregatesVersion(db: DB): string {
	return `${generation}:${fingerprint(db.$client as unknown as Client)}`;
}

/** The cached value for `key`, computed by `compute` when missing or when approved data moved. */
export function cached<T>(db: DB, key: string, compute: () => T): T {
	// the app's `db` is a proxy; its underlying client identifies the database
	const id = db.$client;
	let c = caches.get(id);
	if (!c) {
		c = { fingerprint: '', entries: new Map() };
		caches.set(id, c);
	}
	const fp = aggregatesVersion(db);
	if (fp !== c.fingerprint) {
		c.entries.clear();
		c.fingerprint = fp;
	}
	if (!c.entries.has(key)) c.entries.set(key, compute());
	return c.entries.get(key) as T;
}
