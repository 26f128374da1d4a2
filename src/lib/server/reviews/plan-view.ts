// The plan as reviews see it: aims, actions (and round-table decisions) with their executing
// bodies, and the plan's progress periods. Read once per page or pack, then joined in memory.
import { asc, eq, inArray } from 'drizzle-orm';
import {
	action,
	actionInstitution,
	institution,
	plan,
	planSection,
	reportingPeriod,
	roundTable,
	type ActionRole
} from '../db/schema';
import type { DB } from '../db/connect';
import { PUBLISHED_ONLY, choosePlan } from '../plan/current';
import { institutionRef } from '../institutions';
import { planSections } from '../plan/browse';

export interface ViewAction {
	id: number;
	code: string;
	kind: 'action' | 'decision';
	sectionId: number | null;
	textAz: string | null;
	textEn: string | null;
	startYear: number | null;
	endYear: number | null;
	dueDate: string | null;
	sample: boolean;
	sortKey: string;
	roundTableId: number | null;
	/** for decisions: the day of the meeting that took them */
	heldOn: string | null;
	/** a withdrawn decision is owed nothing from then on (it stays listed, with its reports) */
	withdrawnAt?: Date | null;
	institutions: { institutionId: number; role: ActionRole }[];
}

export interface ViewInstitution {
	id: number;
	code: string;
	nameAz: string;
	nameEn: string;
}

export interface PlanView {
	plan: typeof plan.$inferSelect;
	sections: (typeof planSection.$inferSelect)[];
	actions: ViewAction[];
	institutions: Map<number, ViewInstitution>;
	periods: (typeof reportingPeriod.$inferSelect)[];
}

export function loadPlanView(db: DB, planId: number): PlanView | null {
	const p = db.select().from(plan).where(eq(plan.id, planId)).get();
	if (!p) return null;
	const sections = planSections(db, planId);
	const rows = db
		.select({ a: action, heldOn: roundTable.heldOn })
		.from(action)
		.leftJoin(roundTable, eq(roundTable.id, action.roundTableId))
		.where(eq(action.planId, planId))
		.orderBy(asc(action.kind), asc(action.sortKey))
		.all();
	const ids = rows.map((r) => r.a.id);
	const links = ids.length
		? db.select().from(actionInstitution).where(inArray(actionInstitution.actionId, ids)).all()
		: [];
	const byAction = new Map<number, ViewAction['institutions']>();
	for (const l of links) {
		const list = byAction.get(l.actionId) ?? [];
		list.push({ institutionId: l.institutionId, role: l.role });
		byAction.set(l.actionId, list);
	}
	const roleOrder = { lead: 0, co: 1, recommended: 2 } as const;
	const actions: ViewAction[] = rows.map(({ a, heldOn }) => ({
		id: a.id,
		code: a.code,
		kind: a.kind,
		sectionId: a.sectionId,
		textAz: a.textAz,
		textEn: a.textEn,
		startYear: a.startYear,
		endYear: a.endYear,
		dueDate: a.dueDate,
		sample: a.sample,
		sortKey: a.sortKey,
		roundTableId: a.roundTableId,
		heldOn: heldOn ?? null,
		withdrawnAt: a.withdrawnAt,
		institutions: (byAction.get(a.id) ?? []).sort((x, y) => roleOrder[x.role] - roleOrder[y.role])
	}));
	const institutions = new Map(
		db
			.select(institutionRef)
			.from(institution)
			.all()
			.map((i) => [i.id, i])
	);
	const periods = db
		.select()
		.from(reportingPeriod)
		.where(eq(reportingPeriod.planId, planId))
		.all()
		.filter((r) => r.scope === 'progress')
		.sort((a, b) => a.endDate.localeCompare(b.endDate));
	return { plan: p, sections, actions, institutions, periods };
}

/** A plan's aims as the review pages' filters offer them (none without a plan). */
export function sectionChoices(view: PlanView | null) {
	return (
		view?.sections.map((s) => ({
			id: s.id,
			code: s.code,
			titleAz: s.titleAz,
			titleEn: s.titleEn
		})) ?? []
	);
}

/** The lead bodies of an action (decisions may have several). */
export function leadsOf(a: ViewAction): number[] {
	const leads = a.institutions.filter((i) => i.role === 'lead').map((i) => i.institutionId);
	return leads.length ? leads : a.institutions.slice(0, 1).map((i) => i.institutionId);
}

/**
 * Published plans for the review selectors: the default plan (plan/current.ts) first, so that a
 * form opens on it, then the others newest first. Drafts are not reviewed.
 */
export function reviewPlans(db: DB, today: string) {
	const { plans, plan: chosen } = choosePlan(db, null, { ...PUBLISHED_ONLY, today });
	return plans
		.map((p) => ({
			id: p.id,
			code: p.code,
			titleAz: p.titleAz,
			titleEn: p.titleEn,
			startYear: p.startYear
		}))
		.sort(
			(a, b) =>
				Number(b.id === chosen?.id) - Number(a.id === chosen?.id) ||
				b.startYear - a.startYear ||
				b.id - a.id
		);
}
