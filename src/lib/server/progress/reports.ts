// Progress reports: start, save (optimistic locking), and the workflow actions with their
// period checks and notifications. Every mutation is one transaction with its audit row.
import { and, eq } from 'drizzle-orm';
import {
	action,
	actionInstitution,
	indicator,
	indicatorValue,
	plan,
	progressReport
} from '../db/schema';
import type { ProgressReport } from '../db/schema';
import { writeAudit, type Actor } from '../audit';
import {
	claimVersion,
	transition,
	type TransitionResult,
	type WorkflowAction,
	type WorkflowError
} from '../workflow';
import { actionActiveIn } from './assignments';
import { getPeriod, periodAcceptsWork } from './periods';
import { canEditReport, type Viewer } from './access';
import { NARRATIVE_FIELDS, type ReportContent } from '../forms/report-form';
import { notifyTransition } from './notify';
import type { DB } from '../db/connect';

export type Me = Actor & Viewer;
type Q = Pick<DB, 'select'>;

export function getReport(db: Q, id: number): ProgressReport | null {
	return db.select().from(progressReport).where(eq(progressReport.id, id)).get() ?? null;
}

export function findReport(db: Q, actionId: number, institutionId: number, periodId: number) {
	return (
		db
			.select()
			.from(progressReport)
			.where(
				and(
					eq(progressReport.actionId, actionId),
					eq(progressReport.institutionId, institutionId),
					eq(progressReport.periodId, periodId)
				)
			)
			.get() ?? null
	);
}

export type StartError = 'forbidden' | 'not_found' | 'not_assigned' | 'period_closed';

/** Opens (or finds) the focal point's own institution's report on an action for a period. */
export function startReport(
	db: DB,
	me: Me,
	input: { actionId: number; periodId: number },
	now: Date
): { ok: true; id: number } | { ok: false; error: StartError } {
	if (me.role !== 'focal_point' || me.institutionId === null)
		return { ok: false, error: 'forbidden' };
	const institutionId = me.institutionId;
	return db.transaction((tx) => {
		const a = tx.select().from(action).where(eq(action.id, input.actionId)).get();
		const p = getPeriod(tx, input.periodId);
		if (!a || !p || p.scope !== 'progress' || (p.planId !== null && p.planId !== a.planId))
			return { ok: false, error: 'not_found' } as const;
		// a draft plan takes no reports until an admin publishes it
		if (tx.select().from(plan).where(eq(plan.id, a.planId)).get()?.status === 'draft')
			return { ok: false, error: 'not_found' } as const;
		const link = tx
			.select()
			.from(actionInstitution)
			.where(
				and(
					eq(actionInstitution.actionId, a.id),
					eq(actionInstitution.institutionId, institutionId)
				)
			)
			.get();
		if (!link || !actionActiveIn(a, p)) return { ok: false, error: 'not_assigned' } as const;
		const existing = findReport(tx, a.id, institutionId, p.id);
		if (existing) return { ok: true, id: existing.id } as const;
		if (!periodAcceptsWork(tx, p, institutionId, null, now))
			return { ok: false, error: 'period_closed' } as const;
		const row = tx
			.insert(progressReport)
			.values({
				actionId: a.id,
				institutionId,
				periodId: p.id,
				updatedAt: now,
				updatedBy: me.id,
				createdAt: now
			})
			.returning()
			.get();
		writeAudit(
			tx,
			me,
			{
				entity: 'progress_report',
				entityId: row.id,
				operation: 'create',
				after: { actionId: a.id, institutionId, periodId: p.id, version: 1 }
			},
			now
		);
		return { ok: true, id: row.id } as const;
	});
}

export type SaveError = 'not_found' | 'forbidden' | 'not_editable' | 'period_closed' | 'conflict';
export type SaveResult =
	{ ok: true; version: number; changed: string[] } | { ok: false; error: SaveError };

const CONTENT_FIELDS = ['status', 'percent', ...NARRATIVE_FIELDS] as const;

export function indicatorValuesOf(db: Q, reportId: number): Record<number, number | null> {
	const out: Record<number, number | null> = {};
	for (const v of db
		.select()
		.from(indicatorValue)
		.where(eq(indicatorValue.reportId, reportId))
		.all())
		out[v.indicatorId] = v.value;
	return out;
}

/** Whether the form's content differs from what is stored (an upload then saves no empty edit). */
export function contentChanged(db: Q, id: number, c: ReportContent): boolean {
	const row = getReport(db, id);
	if (!row) return true;
	if (CONTENT_FIELDS.some((f) => row[f] !== c[f])) return true;
	const old = indicatorValuesOf(db, id);
	return Object.entries(c.indicators).some(([k, v]) => (old[Number(k)] ?? null) !== v);
}

/** Saves the content if the report is still at `expectedVersion`; audit keeps the changed fields. */
export function saveReport(
	db: DB,
	me: Me,
	id: number,
	expectedVersion: number,
	c: ReportContent,
	now: Date
): SaveResult {
	return db.transaction((tx) => {
		const row = getReport(tx, id);
		if (!row) return { ok: false, error: 'not_found' } as const;
		if (!(me.role === 'focal_point' && me.institutionId === row.institutionId))
			return { ok: false, error: 'forbidden' } as const;
		if (row.version !== expectedVersion) return { ok: false, error: 'conflict' } as const;
		if (!canEditReport(me, row)) return { ok: false, error: 'not_editable' } as const;
		const period = getPeriod(tx, row.periodId)!;
		if (!periodAcceptsWork(tx, period, row.institutionId, row.state, now))
			return { ok: false, error: 'period_closed' } as const;
		if (!claimVersion(tx, 'progress', id, expectedVersion, me.id!, now))
			return { ok: false, error: 'conflict' } as const;

		const before: Record<string, unknown> = { version: expectedVersion };
		const after: Record<string, unknown> = { version: expectedVersion + 1 };
		const patch: Record<string, unknown> = {};
		for (const f of CONTENT_FIELDS) {
			if (row[f] !== c[f]) {
				before[f] = row[f];
				after[f] = c[f];
				patch[f] = c[f];
			}
		}
		if (Object.keys(patch).length)
			tx.update(progressReport).set(patch).where(eq(progressReport.id, id)).run();

		const allowed = new Set(
			tx
				.select({ id: indicator.id })
				.from(indicator)
				.where(eq(indicator.actionId, row.actionId))
				.all()
				.map((r) => r.id)
		);
		const old = indicatorValuesOf(tx, id);
		for (const [k, value] of Object.entries(c.indicators)) {
			const indId = Number(k);
			if (!allowed.has(indId) || (old[indId] ?? null) === value) continue;
			before[`ind_${indId}`] = old[indId] ?? null;
			after[`ind_${indId}`] = value;
			tx.insert(indicatorValue)
				.values({ reportId: id, indicatorId: indId, value })
				.onConflictDoUpdate({
					target: [indicatorValue.reportId, indicatorValue.indicatorId],
					set: { value }
				})
				.run();
		}
		writeAudit(
			tx,
			me,
			{ entity: 'progress_report', entityId: id, operation: 'save', before, after },
			now
		);
		const changed = Object.keys(after).filter((k) => k !== 'version');
		return { ok: true, version: expectedVersion + 1, changed } as const;
	});
}

class Rollback extends Error {
	constructor(readonly result: { ok: false; error: SaveError | WorkflowError }) {
		super('rollback');
	}
}

/** Saves and submits in one transaction: either both happen or neither (saveReport's arguments). */
export function saveAndSubmit(
	...[db, me, id, expectedVersion, c, now]: Parameters<typeof saveReport>
): { ok: true; version: number } | { ok: false; error: SaveError | WorkflowError } {
	try {
		return db.transaction((tx) => {
			const saved = saveReport(tx as unknown as DB, me, id, expectedVersion, c, now);
			if (!saved.ok) throw new Rollback(saved);
			const res = act(tx as unknown as DB, me, id, 'submit', saved.version, null, now);
			if (!res.ok) throw new Rollback(res);
			return { ok: true, version: res.version } as const;
		});
	} catch (e) {
		if (e instanceof Rollback) return e.result;
		throw e;
	}
}

/** A workflow action on a progress report, with the closed-period rule and notifications. */
export function act(
	db: DB,
	me: Me,
	id: number,
	action: WorkflowAction,
	expectedVersion: number,
	reason: string | null,
	now: Date
): TransitionResult {
	return db.transaction((tx) => {
		const res = transition(tx as unknown as DB, me, {
			subjectType: 'progress',
			subjectId: id,
			action,
			expectedVersion,
			reason,
			now,
			precheck: (row) => {
				if (action !== 'submit') return null;
				const r = getReport(tx, id)!;
				const p = getPeriod(tx, r.periodId)!;
				return periodAcceptsWork(tx, p, row.institutionId, row.state, now)
					? null
					: { ok: false, error: 'period_closed' };
			}
		});
		if (res.ok) notifyTransition(tx, me, getReport(tx, id)!, action, reason, now);
		return res;
	});
}
