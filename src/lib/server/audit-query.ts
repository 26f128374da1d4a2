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
	const where = [
		f.entity ? eq(auditLog.entity, f.entity) : undefined,
		f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
		f.operation ? eq(auditLog.operation, f.operation) : undefined,
		f.actor ? like(user.email, `%${f.actor.toLowerCase().replace(/[%_]/g, '')}%`) : undefined,
		f.from ? gte(auditLog.at, new Date(`${f.from}T00:00:00Z`)) : undefined,
		f.to ? lte(auditLog.at, new Date(`${f.to}T23:59:59.999Z`)) : undefined
	];
	const { rows, next } = readLog(db, where, f.before, limit);
	const page = rows.map(({ entry: e, actorName, actorEmail }) => ({
		id: e.id,
		at: e.at,
		actorRole: e.actorRole,
		actorName,
		actorEmail,
		entity: e.entity,
		entityId: e.entityId,
		operation: e.operation,
		changes: fieldChanges(e.before, e.after)
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
		next
	};
}

/**
 * One page of the log, newest first, each entry with its actor: read past `before` (the id where
 * the previous page stopped); `next` is where the following page starts (null on the last).
 */
export function readLog(
	db: Pick<DB, 'select'>,
	where: (SQL | undefined)[],
	before: number | null | undefined,
	limit: number
) {
	const rows = db
		.select({ entry: auditLog, actorName: user.name, actorEmail: user.email })
		.from(auditLog)
		.leftJoin(user, eq(user.id, auditLog.actorId))
		.where(and(...where, before ? lt(auditLog.id, before) : undefined))
		.orderBy(desc(auditLog.id))
		.limit(limit + 1)
		.all();
	const next = rows.length > limit ? rows[limit - 1].entry.id : null;
	return { rows: rows.slice(0, limit), next };
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

/** What a filter of the log offers: the values one of its columns holds, in order. */
export function logValues(
	db: Pick<DB, 'selectDistinct'>,
	column: typeof auditLog.entity | typeof auditLog.operation,
	where?: SQL
): string[] {
	return db
		.selectDistinct({ v: column })
		.from(auditLog)
		.where(where)
		.orderBy(column)
		.all()
		.map((r) => r.v);
}

export const auditEntities = (db: Pick<DB, 'selectDistinct'>) => logValues(db, auditLog.entity);
export const auditOperations = (db: Pick<DB, 'selectDistinct'>) =>
	logValues(db, auditLog.operation);
