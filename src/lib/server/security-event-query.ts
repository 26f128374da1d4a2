// Reading security events (security-events.ts) and account changes (the audit log's `user`
// rows: invitations, role and status changes, password changes and resets, second-factor resets)
// for /security-events: newest first, filtered, paged by id.
import { eq, inArray, like, or } from 'drizzle-orm';
import { auditLog, user } from './db/schema';
import type { DB } from './db/connect';
import { logValues, readLog } from './audit-query';

export const SECURITY_PAGE = 100;
const ENTITIES = ['security', 'user'];

export interface SecurityFilter {
	/** an event (`sign_in_failed`) or an account change (`password_change`) */
	operation?: string | null;
	/** part of the e-mail tried or of the actor's e-mail, or of the address */
	who?: string | null;
	before?: number | null;
}

export function querySecurityEvents(db: Pick<DB, 'select'>, f: SecurityFilter) {
	const pattern = f.who ? `%${f.who.toLowerCase().replace(/[%_\\]/g, '')}%` : null;
	const where = [
		inArray(auditLog.entity, ENTITIES),
		f.operation ? eq(auditLog.operation, f.operation) : undefined,
		pattern
			? or(
					like(user.email, pattern),
					like(auditLog.after, pattern),
					like(auditLog.address, pattern)
				)
			: undefined
	];
	const { rows, next } = readLog(db, where, f.before, SECURITY_PAGE);
	return {
		rows: rows.map(({ entry: e, actorEmail }) => ({
			id: e.id,
			at: e.at,
			entity: e.entity,
			operation: e.operation,
			actorRole: e.actorRole,
			actorEmail,
			entityId: e.entityId,
			address: e.address,
			userAgent: e.userAgent,
			detail: readDetail(e.after)
		})),
		next
	};
}

/** The fields worth showing: the e-mail tried, the wait, the refused path, a role change. */
function readDetail(after: string | null): Record<string, string> {
	if (!after) return {};
	try {
		const v = JSON.parse(after) as Record<string, unknown>;
		const out: Record<string, string> = {};
		for (const k of ['email', 'waitMs', 'method', 'path', 'status', 'role'])
			if (v[k] !== undefined && v[k] !== null && typeof v[k] !== 'object') out[k] = String(v[k]);
		return out;
	} catch {
		return {};
	}
}

export function securityOperations(db: Pick<DB, 'selectDistinct'>): string[] {
	return logValues(db, auditLog.operation, inArray(auditLog.entity, ENTITIES));
}
