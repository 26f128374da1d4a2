// Read side of the plan: the plan browser's query and the action detail. Search is a substring
// test on the action's folded text (Azerbaijani-aware, see search-text.ts), filters are SQL.
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { action, actionInstitution, indicator, institution, plan, planSection } from '../db/schema';
import { foldForSearch } from '../../text';
import { institutionNaming, institutionRef } from '../institutions';
import type { ActionBody } from '../../plan-display';
import type { ActionRole } from '../db/schema';
import type { DB } from '../db/connect';

export type { ActionBody } from '../../plan-display';

const ROLE_ORDER: Record<ActionRole, number> = { lead: 0, co: 1, recommended: 2 };

export function actionBodies(
	db: Pick<DB, 'select'>,
	actionIds: number[]
): Map<number, ActionBody[]> {
	const map = new Map<number, ActionBody[]>();
	if (actionIds.length === 0) return map;
	const rows = db
		.select({
			actionId: actionInstitution.actionId,
			role: actionInstitution.role,
			institutionId: institution.id,
			...institutionNaming
		})
		.from(actionInstitution)
		.innerJoin(institution, eq(institution.id, actionInstitution.institutionId))
		.where(inArray(actionInstitution.actionId, actionIds))
		.all();
	rows.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.code.localeCompare(b.code));
	for (const { actionId, ...body } of rows) {
		if (!map.has(actionId)) map.set(actionId, []);
		map.get(actionId)!.push(body);
	}
	return map;
}

/** The institution links (rows of action_institution) of these actions. */
export function actionLinks(db: Pick<DB, 'select'>, actionIds: number[]) {
	if (actionIds.length === 0) return [];
	return db
		.select()
		.from(actionInstitution)
		.where(inArray(actionInstitution.actionId, actionIds))
		.all();
}

/** A plan's sections (aims) in the plan's order. */
export function planSections(db: Pick<DB, 'select'>, planId: number) {
	return db
		.select()
		.from(planSection)
		.where(eq(planSection.planId, planId))
		.orderBy(asc(planSection.sortOrder), asc(planSection.code))
		.all();
}

export interface BrowseFilter {
	planId: number;
	sectionId?: number | null;
	institutionId?: number | null;
	q?: string | null;
}

export function browsePlan(db: DB, f: BrowseFilter) {
	const sections = planSections(db, f.planId);
	const where: SQL[] = [eq(action.planId, f.planId), eq(action.kind, 'action')];
	if (f.sectionId) where.push(eq(action.sectionId, f.sectionId));
	if (f.institutionId)
		where.push(
			sql`exists (select 1 from ${actionInstitution} where ${actionInstitution.actionId} = ${action.id} and ${actionInstitution.institutionId} = ${f.institutionId})`
		);
	const q = foldForSearch(f.q ?? '');
	if (q !== '') where.push(sql`instr(${action.searchText}, ${q}) > 0`);
	const rows = db
		.select({
			id: action.id,
			code: action.code,
			sectionId: action.sectionId,
			textAz: action.textAz,
			textEn: action.textEn,
			startYear: action.startYear,
			endYear: action.endYear,
			sample: action.sample
		})
		.from(action)
		.where(and(...where))
		.orderBy(asc(action.sortKey))
		.all();
	const bodies = actionBodies(
		db,
		rows.map((r) => r.id)
	);
	const actions = rows.map((r) => ({ ...r, bodies: bodies.get(r.id) ?? [] }));
	return { sections, actions };
}

/** Institutions named in a plan's actions, for the filter. */
export function planInstitutions(db: DB, planId: number) {
	return db
		.selectDistinct(institutionRef)
		.from(institution)
		.innerJoin(actionInstitution, eq(actionInstitution.institutionId, institution.id))
		.innerJoin(action, eq(action.id, actionInstitution.actionId))
		.where(eq(action.planId, planId))
		.all();
}

export function getActionDetail(db: DB, actionId: number) {
	const row = db.select().from(action).where(eq(action.id, actionId)).get();
	if (!row) return null;
	const p = db.select().from(plan).where(eq(plan.id, row.planId)).get()!;
	const section = row.sectionId
		? (db.select().from(planSection).where(eq(planSection.id, row.sectionId)).get() ?? null)
		: null;
	const indicators = db
		.select()
		.from(indicator)
		.where(eq(indicator.actionId, actionId))
		.orderBy(asc(indicator.sortOrder), asc(indicator.id))
		.all();
	return {
		action: row,
		plan: p,
		section,
		bodies: actionBodies(db, [actionId]).get(actionId) ?? [],
		indicators
	};
}

export function countPlanActions(db: DB, planId: number): number {
	return (
		db
			.select({ n: count() })
			.from(action)
			.where(and(eq(action.planId, planId), eq(action.kind, 'action')))
			.get()?.n ?? 0
	);
}
