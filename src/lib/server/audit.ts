// Every mutation writes one audit row in the same transaction as the change itself
// (call it with the transaction's handle). The table refuses UPDATE and DELETE (migration 0001).
// Rows written while a request is handled carry its source address and user agent.
import { auditLog } from './db/schema';
import { currentRequest } from './request-context';
import type { DB } from './db/connect';

export type Tx = Pick<DB, 'insert' | 'select' | 'update' | 'delete'>;

export interface Actor {
	id: number | null;
	role: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: null, role: 'system' };

export function writeAudit(
	tx: Tx,
	actor: Actor,
	entry: {
		entity: string;
		entityId: string | number | null;
		operation: string;
		before?: unknown;
		after?: unknown;
	},
	now: Date = new Date()
): void {
	const request = currentRequest();
	tx.insert(auditLog)
		.values({
			actorId: actor.id,
			actorRole: actor.role,
			entity: entry.entity,
			entityId: entry.entityId === null ? null : String(entry.entityId),
			operation: entry.operation,
			before: entry.before === undefined ? null : JSON.stringify(entry.before),
			after: entry.after === undefined ? null : JSON.stringify(entry.after),
			at: now,
			address: request?.address ?? null,
			userAgent: request?.userAgent?.slice(0, 300) ?? null
		})
		.run();
}

/**
 * The writer of a module whose every step audits one kind of entity: the step names only its
 * operation and what changed.
 */
export function auditOf(entity: string) {
	return (
		tx: Tx,
		actor: Actor,
		entityId: string | number | null,
		operation: string,
		change: { before?: unknown; after?: unknown },
		now: Date
	) => writeAudit(tx, actor, { entity, entityId, operation, ...change }, now);
}
