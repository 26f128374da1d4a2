// The one protocol of an admin edit of a plan row (plan, section, action, indicator): in one
// transaction, load the row, answer not-found, refuse a stale form (its stamp, see stamp.ts),
// apply the change and audit what it did. Callers say only what differs: the row and the change.
import { writeAudit, type Actor, type Tx } from '../audit';
import type { DB } from '../db/connect';

export type EditResult<T = unknown> =
	{ ok: true; value: T } | { ok: false; errors: Record<string, string> };

export const notFound = { ok: false, errors: { form: 'error.not_found' } } as const;
export const conflict = { ok: false, errors: { form: 'error.conflict' } } as const;

/** What a change did, for the audit row; a refused change answers an EditResult instead. */
export interface Change {
	operation: string;
	before: unknown;
	after?: unknown;
}

export interface EditTarget<Row> {
	entity: string;
	id: number;
	load: (tx: Tx) => Row | undefined;
	/** the stamp the form was loaded with, and how to stamp the row now; none for a removal */
	stamp?: { expected: string; of: (tx: Tx, row: Row) => string };
}

export function editRow<Row>(
	db: DB,
	actor: Actor,
	now: Date,
	target: EditTarget<Row>,
	apply: (tx: Tx, old: Row) => Change | EditResult
): EditResult {
	return db.transaction((tx): EditResult => {
		const old = target.load(tx);
		if (!old) return notFound;
		if (target.stamp && target.stamp.of(tx, old) !== target.stamp.expected) return conflict;
		const change = apply(tx, old);
		if ('ok' in change) return change;
		writeAudit(tx, actor, { entity: target.entity, entityId: target.id, ...change }, now);
		return { ok: true, value: null };
	});
}
