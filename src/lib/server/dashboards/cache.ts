// In-memory cache of dashboard aggregates. Approving (or reopening) a report or a statistics
// report calls `invalidateAggregates()` (from workflow.ts `transition`); a cheap fingerprint of
// the approved reports also catches writes that bypass the workflow (seed loads, imports).
import type { DB } from '../db/connect';

const caches = new WeakMap<object, { fingerprint: string; entries: Map<string, unknown> }>();
let generation = 0;

export function invalidateAggregates(): void {
	generation++;
}

const FINGERPRINT = `
	SELECT (SELECT COUNT(*) FROM stat_report WHERE state = 'approved') AS a,
		(SELECT MAX(reviewed_at) FROM stat_report WHERE state = 'approved') AS b,
		(SELECT COUNT(*) FROM progress_report WHERE state = 'approved') AS c,
		(SELECT MAX(reviewed_at) FROM progress_report WHERE state = 'approved') AS d`;
// prepared once per connection: it runs on every dashboard request
const statements = new WeakMap<object, { get: () => unknown }>();

function fingerprint(client: object & { prepare: (s: string) => { get: () => unknown } }): string {
	let st = statements.get(client);
	if (!st) statements.set(client, (st = client.prepare(FINGERPRINT)));
	const r = st.get() as { a: number; b: number | null; c: number; d: number | null } | undefined;
	return `${r?.a}:${r?.b}:${r?.c}:${r?.d}`;
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
	const fp = `${generation}:${fingerprint(id)}`;
	if (fp !== c.fingerprint) {
		c.entries.clear();
		c.fingerprint = fp;
	}
	if (!c.entries.has(key)) c.entries.set(key, compute());
	return c.entries.get(key) as T;
}
