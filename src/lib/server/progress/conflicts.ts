// What changed since the version a user started from, read back from the audit log, so that the
// second of two concurrent editors sees who changed which fields — and nothing is overwritten.
import { and, asc, eq } from 'drizzle-orm';
import { auditLog, user } from '../db/schema';
import type { DB } from '../db/connect';

export interface ChangeSince {
	by: string | null;
	at: Date;
	operation: string;
	fields: string[];
}

export function changesSince(
	db: Pick<DB, 'select'>,
	reportId: number,
	sinceVersion: number
): ChangeSince[] {
	const rows = db
		.select({ op: auditLog.operation, after: auditLog.after, at: auditLog.at, by: user.name })
		.from(auditLog)
		.leftJoin(user, eq(user.id, auditLog.actorId))
		.where(and(eq(auditLog.entity, 'progress_report'), eq(auditLog.entityId, String(reportId))))
		.orderBy(asc(auditLog.id))
		.all();
	const out: ChangeSince[] = [];
	for (const r of rows) {
		const after = r.after ? (JSON.parse(r.after) as Record<string, unknown>) : {};
		const v = typeof after.version === 'number' ? after.version : 0;
		if (v <= sinceVersion) continue;
		const fields = r.op === 'save' ? Object.keys(after).filter((k) => k !== 'version') : [];
		out.push({ by: r.by, at: r.at, operation: r.op, fields });
	}
	return out;
}
