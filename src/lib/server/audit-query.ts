// Reading the append-only audit log: newest first, filtered, paged by id; each row with its
// field-level changes (./audit-diff). The page and its exports read the same filter from the URL.
import { and, desc, eq, gte, like, lt, lte, type SQL } from 'drizzle-orm';
import { auditLog, user } from './db/schema';
import type { DB } from './db/connect';
import { fieldChanges, type FieldChange } from './audit-diff';
import { auditNames, entityKind, fieldKind, type NameLookup } from './audit-names';
import type { Locale } from '../i18n/core';
import { parseId } from '../ids';
import { parseIsoDate } from '../dates';

export interface AuditFilter {
	entity?: string | null;
	entityId?: string | null;
	operation?: string | null;
	actor?: string | null;
	from?: string | null;
	to?: string | null;
	before?: number | null;
}

export const AUDIT_PAGE = 100;
/** An export holds at most this many entries, the newest that match. */
export const AUDIT_EXPORT_LIMIT = 20_000;

/** The filter in a page or export URL (`?entity=…&operation=…&from=…`). */
export function auditFilterFromQuery(q: URLSearchParams): AuditFilter {
	return {
		entity: q.get('entity') || null,
		entityId: q.get('entityId')?.trim() || null,
		operation: q.get('operation')?.trim() || null,
		actor: q.get('actor')?.trim() || null,
		from: parseIsoDate(q.get('from')),
		to: parseIsoDate(q.get('to')),
		before: parseId(q.get('before'))
	};
}

/** Entries newest first, each with its changed fields; ids of named records carry their names. */
export function queryAudit(
	db: Pick<DB, 'select'>,
	f: AuditFilter,
	locale: Locale,
	limit: number = AUDIT_PAGE
) {
	const where: SQL[] = [];
	if (f.entity) where.push(eq(auditLog.entity, f.entity));
	if (f.entityId) where.push(eq(auditLog.entityId, f.entityId));
	if (f.operation) where.push(eq(auditLog.operation, f.operation));
	if (f.actor) where.push(like(user.email, `%${f.actor.toLowerCase().replace(/[%_]/g, '')}%`));
	if (f.from) where.push(gte(auditLog.at, new Date(`${f.from}T00:00:00Z`)));
	if (f.to) where.push(lte(auditLog.at, new Date(`${f.to}T23:59:59.999Z`)));
	if (f.before) where.push(lt(auditLog.id, f.before));
	const rows = db
		.select({
			id: auditLog.id,
			at: auditLog.at,
			actorRole: auditLog.actorRole,
			actorName: user.name,
			actorEmail: user.email,
			entity: auditLog.entity,
			entityId: auditLog.entityId,
			operation: auditLog.operation,
			before: auditLog.before,
			after: auditLog.after
		})
		.from(auditLog)
		.leftJoin(user, eq(user.id, auditLog.actorId))
		.where(where.length ? and(...where) : undefined)
		.orderBy(desc(auditLog.id))
		.limit(limit + 1)
		.all();
	const page = rows.slice(0, limit).map(({ before, after, ...r }) => ({
		...r,
		changes: fieldChanges(before, after)
	}));
	const name = auditNames(
		db,
		page.flatMap((r) => [
			[entityKind(r.entity), r.entityId] as const,
			...r.changes.flatMap((c) => [
				[fieldKind(c.field), c.before] as const,
				[fieldKind(c.field), c.after] as const
			])
		]) as Parameters<typeof auditNames>[1],
		locale
	);
	return {
		rows: page.map((r) => ({
			...r,
			entityName: name(entityKind(r.entity), r.entityId),
			changes: r.changes.map((c) => named(c, name))
		})),
		next: rows.length > limit ? rows[limit - 1].id : null
	};
}

// `3` → `Ministry of Internal Affairs (#3)`: the id stays, for searching the log by it
function named(c: FieldChange, name: NameLookup): FieldChange {
	const kind = fieldKind(c.field);
	const show = (v: string | null) => {
		const n = name(kind, v);
		return n === null ? v : `${n} (#${v})`;
	};
	return { ...c, before: show(c.before), after: show(c.after) };
}

export function auditEntities(db: Pick<DB, 'selectDistinct'>): string[] {
	return db
		.selectDistinct({ e: auditLog.entity })
		.from(auditLog)
		.orderBy(auditLog.entity)
		.all()
		.map((r) => r.e);
}

export function auditOperations(db: Pick<DB, 'selectDistinct'>): string[] {
	return db
		.selectDistinct({ o: auditLog.operation })
		.from(auditLog)
		.orderBy(auditLog.operation)
		.all()
		.map((r) => r.o);
}
