// Which plans a viewer may see and which one a page opens on. Every page that offers a plan
// choice goes through choosePlan, so that importing a new plan changes nothing for anyone until an
// admin publishes it and makes it current.
import { asc, inArray } from 'drizzle-orm';
import { plan, type Plan, type PlanStatus } from '../db/schema';
import { getSetting } from '../settings';
import type { DB } from '../db/connect';

export interface PlanAudience {
	/** admins also see drafts (to check an import before publishing it) */
	drafts: boolean;
}

export const STAFF_DRAFTS: PlanAudience = { drafts: true };
export const PUBLISHED_ONLY: PlanAudience = { drafts: false };

/** Plans a viewer may choose, oldest first. */
export function visiblePlans(db: Pick<DB, 'select'>, audience: PlanAudience): Plan[] {
	const statuses: PlanStatus[] = audience.drafts
		? ['draft', 'published', 'archived']
		: ['published', 'archived'];
	return db
		.select()
		.from(plan)
		.where(inArray(plan.status, statuses))
		.orderBy(asc(plan.startYear), asc(plan.code))
		.all();
}

/**
 * The plan a page opens on: the one an admin made current; failing that, a published plan whose
 * years contain today (the latest starting one); failing that, the published plan that ended last
 * before today, or else the first one still to come. Never simply the newest row: a draft or a
 * plan for future years does not replace the live one.
 */
export function defaultPlan<P extends Pick<Plan, 'id' | 'status' | 'startYear' | 'endYear'>>(
	plans: P[],
	currentId: number | null,
	today: string
): P | null {
	const published = plans.filter((p) => p.status === 'published');
	const current = published.find((p) => p.id === currentId);
	if (current) return current;
	const year = Number(today.slice(0, 4));
	const byStart = [...published].sort((a, b) => a.startYear - b.startYear);
	const running = byStart.filter((p) => p.startYear <= year && year <= p.endYear);
	if (running.length) return running.at(-1)!;
	const past = byStart.filter((p) => p.endYear < year).sort((a, b) => a.endYear - b.endYear);
	return past.at(-1) ?? byStart[0] ?? null;
}

export function currentPlanId(db: DB): number | null {
	return getSetting(db, 'currentPlanId');
}

/** The plan asked for when the viewer may see it, else the default plan. */
export function choosePlan(
	db: DB,
	requested: number | null,
	o: PlanAudience & { today: string }
): { plans: Plan[]; plan: Plan | null } {
	const plans = visiblePlans(db, o);
	const chosen =
		plans.find((p) => p.id === requested) ?? defaultPlan(plans, currentPlanId(db), o.today);
	return { plans, plan: chosen };
}

export function audienceOf(role: string): PlanAudience {
	return role === 'admin' ? STAFF_DRAFTS : PUBLISHED_ONLY;
}
