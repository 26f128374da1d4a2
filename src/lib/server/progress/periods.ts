// Reporting periods: whether a period takes work from an institution, and admins' exceptions
// for closed periods.
import { and, asc, desc, eq } from 'drizzle-orm';
import { institution, periodException, reportingPeriod, user } from '../db/schema';
import type { ReportingPeriod, WorkflowState } from '../db/schema';
import { auditOf, type Actor } from '../audit';
import { institutionLabel } from '../institutions';
import type { DB } from '../db/connect';
import { today } from '../../dates';

// null (no exception before, none after) is stored as no value, not as JSON null
const audit = auditOf('period_exception');
const change = (before: unknown, after: unknown) => ({
	before: before ?? undefined,
	after: after ?? undefined
});

export function getPeriod(db: Pick<DB, 'select'>, id: number): ReportingPeriod | null {
	return db.select().from(reportingPeriod).where(eq(reportingPeriod.id, id)).get() ?? null;
}

export function getException(db: Pick<DB, 'select'>, periodId: number, institutionId: number) {
	return (
		db
			.select()
			.from(periodException)
			.where(
				and(
					eq(periodException.periodId, periodId),
					eq(periodException.institutionId, institutionId)
				)
			)
			.get() ?? null
	);
}

/**
 * An open period takes work. A closed one takes no new work, except: a report the reviewers sent
 * back (returned) may still be fixed and resubmitted, and an admin's exception lets one
 * institution work in it until the exception's last day.
 */
export function periodAcceptsWork(
	db: Pick<DB, 'select'>,
	period: Pick<ReportingPeriod, 'id' | 'status'>,
	institutionId: number,
	state: WorkflowState | null,
	now: Date
): boolean {
	if (period.status === 'open') return true;
	if (state === 'returned') return true;
	const ex = getException(db, period.id, institutionId);
	return ex !== null && ex.untilDate >= today(now);
}

export function listProgressPeriods(db: Pick<DB, 'select'>, planId?: number) {
	const where = planId
		? and(eq(reportingPeriod.scope, 'progress'), eq(reportingPeriod.planId, planId))
		: eq(reportingPeriod.scope, 'progress');
	return db
		.select()
		.from(reportingPeriod)
		.where(where)
		.orderBy(asc(reportingPeriod.startDate))
		.all();
}

/** The progress periods still open for reports: what deadline reminders are about. */
export function openProgressPeriods(db: Pick<DB, 'select'>): ReportingPeriod[] {
	return db
		.select()
		.from(reportingPeriod)
		.where(and(eq(reportingPeriod.scope, 'progress'), eq(reportingPeriod.status, 'open')))
		.all();
}

export interface ExceptionInput {
	periodId: number;
	institutionId: number;
	untilDate: string;
	reason: string;
}

export function grantException(
	db: DB,
	actor: Actor,
	input: ExceptionInput,
	now: Date
): { ok: true } | { ok: false; error: 'not_found' | 'period_open' } {
	return db.transaction((tx) => {
		const period = getPeriod(tx, input.periodId);
		const inst = tx.select().from(institution).where(eq(institution.id, input.institutionId)).get();
		if (!period || !inst) return { ok: false, error: 'not_found' } as const;
		if (period.status === 'open') return { ok: false, error: 'period_open' } as const;
		const before = getException(tx, input.periodId, input.institutionId);
		const values = { ...input, grantedBy: actor.id, createdAt: now };
		tx.insert(periodException)
			.values(values)
			.onConflictDoUpdate({
				target: [periodException.periodId, periodException.institutionId],
				set: {
					untilDate: input.untilDate,
					reason: input.reason,
					grantedBy: actor.id,
					createdAt: now
				}
			})
			.run();
		audit(tx, actor, before?.id ?? null, 'grant', change(before, input), now);
		return { ok: true } as const;
	});
}

export function revokeException(db: DB, actor: Actor, id: number, now: Date): boolean {
	return db.transaction((tx) => {
		const before = tx.select().from(periodException).where(eq(periodException.id, id)).get();
		if (!before) return false;
		tx.delete(periodException).where(eq(periodException.id, id)).run();
		audit(tx, actor, id, 'revoke', change(before, null), now);
		return true;
	});
}

export function listExceptions(db: DB) {
	return db
		.select({
			id: periodException.id,
			untilDate: periodException.untilDate,
			reason: periodException.reason,
			createdAt: periodException.createdAt,
			periodCode: reportingPeriod.code,
			...institutionLabel,
			grantedBy: user.name
		})
		.from(periodException)
		.innerJoin(reportingPeriod, eq(reportingPeriod.id, periodException.periodId))
		.innerJoin(institution, eq(institution.id, periodException.institutionId))
		.leftJoin(user, eq(user.id, periodException.grantedBy))
		.orderBy(desc(periodException.createdAt))
		.all();
}
