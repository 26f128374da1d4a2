// Reading security events (security-events.ts) and account changes (the audit log's `user`
// rows: invitations, role and status changes, password changes and resets, second-factor resets)
// for /security-events: newest first, filtered, paged by id.
import { and, desc, eq, inArray, like, lt, or, type SQL } from 'drizzle-orm';
import { auditLog, user } from './db/schema';
import type { DB } from './db/connect';

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
	const where: SQL[] = [inArray(auditLog.entity, ENTITIES)];
	if (f.operation) where.push(eq(auditLog.operation, f.operation));
	if (f.who) {
		const pattern = `%${f.who.toLowerCase().replace(/[%_\\]/g, '')}%`;
		where.push(
			or(like(user.email, pattern), like(auditLog.after, pattern), like(auditLog.address, pattern))!
		);
	}
	if (f.before) where.push(lt(auditLog.id, f.before));
	const rows = db
		.select({
			id: auditLog.id,
			at: auditLog.at,
			entity: auditLog.entity,
			operation: auditLog.operation,
			actorRole: auditLog.actorRole,
			actorEmail: user.email,
			entityId: auditLog.entityId,
			after: auditLog.after,
			address: auditLog.address,
			userAgent: auditLog.userAgent
		})
		.from(auditLog)
		.leftJoin(user, eq(user.id, auditLog.actorId))
		.where(and(...where))
		.orderBy(desc(auditLog.id))
		.limit(SECURITY_PAGE + 1)
		.all();
	return {
		rows: rows.slice(0, SECURITY_PAGE).map(({ after, ...r }) => ({
			...r,
			detail: readDetail(after)
		})),
		next: rows.length > SECURITY_PAGE ? rows[SECURITY_PAGE - 1].id : null
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
	return db
		.selectDistinct({ o: auditLog.operation })
		.from(auditLog)
		.where(inArray(auditLog.entity, ENTITIES))
		.orderBy(auditLog.operation)
		.all()
		.map((r) => r.o);
}
