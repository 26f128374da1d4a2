// A plan's lifecycle: draft → published → archived, the admin's choice of the current plan, and
// deleting a draft nobody has reported on. Every step is audited in its transaction.
import { count, eq, inArray } from 'drizzle-orm';
import {
	action,
	plan,
	progressReport,
	reportingPeriod,
	reviewSnapshot,
	roundTable,
	statReport,
	type Plan,
	type PlanStatus
} from '../db/schema';
import { auditOf, type Actor, type Tx } from '../audit';
import { getSetting, setSetting } from '../settings';
import type { DB } from '../db/connect';

export type LifecycleResult = { ok: true } | { ok: false; error: string };

const notFound: LifecycleResult = { ok: false, error: 'error.not_found' };
const audit = auditOf('plan');

/** Progress and statistics reports written into a plan (drafts included). */
export function planReportCount(db: Pick<DB, 'select'>, planId: number): number {
	const progress =
		db
			.select({ n: count() })
			.from(progressReport)
			.innerJoin(action, eq(action.id, progressReport.actionId))
			.where(eq(action.planId, planId))
			.get()?.n ?? 0;
	const periods = db
		.select({ id: reportingPeriod.id })
		.from(reportingPeriod)
		.where(eq(reportingPeriod.planId, planId))
		.all()
		.map((p) => p.id);
	const stats = periods.length
		? (db.select({ n: count() }).from(statReport).where(inArray(statReport.periodId, periods)).get()
				?.n ?? 0)
		: 0;
	return progress + stats;
}

/** Report counts of every plan, for the admin list and the import form. */
export function reportCounts(db: Pick<DB, 'select'>): Map<number, number> {
	const ids = db.select({ id: plan.id }).from(plan).all();
	return new Map(ids.map(({ id }) => [id, planReportCount(db, id)]));
}

const NEXT: Record<PlanStatus, PlanStatus[]> = {
	draft: ['published'],
	published: ['archived'],
	archived: ['published']
};

/** Every lifecycle step: the plan loaded in the step's transaction, or not found. */
function onPlan(
	db: DB,
	planId: number,
	step: (tx: Tx, old: Plan) => LifecycleResult
): LifecycleResult {
	return db.transaction((tx): LifecycleResult => {
		const old = tx.select().from(plan).where(eq(plan.id, planId)).get();
		return old ? step(tx, old) : notFound;
	});
}

export function setPlanStatus(
	db: DB,
	actor: Actor,
	planId: number,
	status: PlanStatus,
	now = new Date()
): LifecycleResult {
	return onPlan(db, planId, (tx, old) => {
		if (!NEXT[old.status].includes(status))
			return { ok: false, error: 'admin_plans.error.transition' };
		if (status === 'archived' && getSetting(db, 'currentPlanId') === planId)
			return { ok: false, error: 'admin_plans.error.archive_current' };
		const row = tx.update(plan).set({ status }).where(eq(plan.id, planId)).returning().get();
		const operation = status === 'published' ? 'publish' : 'archive';
		const change = { before: { status: old.status }, after: { status: row.status } };
		audit(tx, actor, planId, operation, change, now);
		return { ok: true };
	});
}

export function makeCurrent(db: DB, actor: Actor, planId: number, now = new Date()) {
	return onPlan(db, planId, (tx, row) => {
		if (row.status !== 'published')
			return { ok: false, error: 'admin_plans.error.current_unpublished' };
		const before = { currentPlanId: getSetting(db, 'currentPlanId') };
		setSetting(tx, 'currentPlanId', planId, now);
		audit(tx, actor, planId, 'make_current', { before, after: { currentPlanId: planId } }, now);
		return { ok: true };
	});
}

/** Only a draft with no reports, round tables or snapshots: nothing anyone relied on is lost. */
export function deleteDraftPlan(
	db: DB,
	actor: Actor,
	planId: number,
	now = new Date()
): LifecycleResult {
	return onPlan(db, planId, (tx, old) => {
		if (old.status !== 'draft') return { ok: false, error: 'admin_plans.error.delete_not_draft' };
		const used =
			planReportCount(tx, planId) > 0 ||
			tx.select().from(roundTable).where(eq(roundTable.planId, planId)).get() ||
			tx.select().from(reviewSnapshot).where(eq(reviewSnapshot.planId, planId)).get();
		if (used) return { ok: false, error: 'admin_plans.error.delete_used' };
		// sections, actions, indicators and periods go with the plan (ON DELETE CASCADE)
		tx.delete(plan).where(eq(plan.id, planId)).run();
		audit(tx, actor, planId, 'delete', { before: old }, now);
		return { ok: true };
	});
}
