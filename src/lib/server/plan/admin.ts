// Admin edits of a plan: its metadata, a section's titles, an action's texts, period and
// executing bodies. Every change is audited in its transaction and checked against the stamp
// the form was loaded with (see stamp.ts).
import { and, eq, ne } from 'drizzle-orm';
import { action, actionInstitution, plan, planSection, type ActionRole } from '../db/schema';
import { writeAudit, type Actor, type Tx } from '../audit';
import { actionSearchText } from './search-text';
import { actionBodies } from './browse';
import { rowStamp } from './stamp';
import { editRow, type Change, type EditResult } from './edit';
import type { PlanMeta } from '../plan-import/types';
import type { DB } from '../db/connect';

export type { EditResult } from './edit';

export function createPlan(
	db: DB,
	actor: Actor,
	meta: PlanMeta,
	now = new Date()
): EditResult<number> {
	if (db.select().from(plan).where(eq(plan.code, meta.code)).get())
		return { ok: false, errors: { code: 'admin_plans.error.code_taken' } };
	return db.transaction((tx): EditResult<number> => ({
		ok: true,
		value: insertDraftPlan(tx, actor, meta, now)
	}));
}

/** A new plan starts as a draft that only admins see (created here or by an import); audited. */
export function insertDraftPlan(tx: Tx, actor: Actor, meta: PlanMeta, now: Date): number {
	const row = tx
		.insert(plan)
		.values({ ...meta, status: 'draft' })
		.returning()
		.get();
	writeAudit(tx, actor, { entity: 'plan', entityId: row.id, operation: 'create', after: row }, now);
	return row.id;
}

export function planStamp(db: DB, planId: number): string | null {
	const row = db.select().from(plan).where(eq(plan.id, planId)).get();
	return row ? rowStamp(row) : null;
}

export function updatePlan(
	db: DB,
	actor: Actor,
	planId: number,
	meta: PlanMeta,
	stamp: string,
	now = new Date()
): EditResult {
	const load = (tx: Tx) => tx.select().from(plan).where(eq(plan.id, planId)).get();
	const target = { entity: 'plan', id: planId, load, stamp: { expected: stamp, of: stampOf } };
	return editRow(db, actor, now, target, (tx, old): Change | EditResult => {
		if (
			tx
				.select()
				.from(plan)
				.where(and(eq(plan.code, meta.code), ne(plan.id, planId)))
				.get()
		)
			return { ok: false, errors: { code: 'admin_plans.error.code_taken' } };
		// actions must stay inside the plan's years
		const outside = tx
			.select({ code: action.code, startYear: action.startYear, endYear: action.endYear })
			.from(action)
			.where(eq(action.planId, planId))
			.all()
			.find(
				(a) =>
					(a.startYear !== null && a.startYear < meta.startYear) ||
					(a.endYear !== null && a.endYear > meta.endYear)
			);
		if (outside) return { ok: false, errors: { startYear: 'admin_plans.error.actions_outside' } };
		const row = tx.update(plan).set(meta).where(eq(plan.id, planId)).returning().get();
		return { operation: 'update', before: old, after: row };
	});
}

/** Plan and section rows are stamped as they are (an action adds its bodies, see actionStamp). */
const stampOf = (_: Tx, row: object) => rowStamp(row);

export function sectionStamp(row: typeof planSection.$inferSelect): string {
	return rowStamp(row);
}

export function updateSection(
	db: DB,
	actor: Actor,
	sectionId: number,
	values: { titleAz: string; titleEn: string; source: string | null },
	stamp: string,
	now = new Date()
): EditResult {
	const load = (tx: Tx) => tx.select().from(planSection).where(eq(planSection.id, sectionId)).get();
	const target = {
		entity: 'plan_section',
		id: sectionId,
		load,
		stamp: { expected: stamp, of: stampOf }
	};
	return editRow(db, actor, now, target, (tx, old) => ({
		operation: 'update',
		before: old,
		after: tx.update(planSection).set(values).where(eq(planSection.id, sectionId)).returning().get()
	}));
}

export interface ActionEdit {
	textAz: string | null;
	textEn: string | null;
	startYear: number | null;
	endYear: number | null;
	sample: boolean;
	source: string | null;
	note: string | null;
	bodies: { institutionId: number; role: ActionRole }[];
}

/** The stamp of an action includes its executing bodies: they are edited in the same form. */
export function actionStamp(db: Pick<DB, 'select'>, actionId: number): string | null {
	const row = db.select().from(action).where(eq(action.id, actionId)).get();
	if (!row) return null;
	const bodies = actionBodies(db, [actionId]).get(actionId) ?? [];
	return rowStamp({ row, bodies: bodies.map((b) => [b.institutionId, b.role]) });
}

export function updateAction(
	db: DB,
	actor: Actor,
	actionId: number,
	edit: ActionEdit,
	stamp: string,
	now = new Date()
): EditResult {
	const load = (tx: Tx) => tx.select().from(action).where(eq(action.id, actionId)).get();
	const of = (tx: Tx) => actionStamp(tx, actionId) ?? '';
	const target = { entity: 'action', id: actionId, load, stamp: { expected: stamp, of } };
	return editRow(db, actor, now, target, (tx, old): Change | EditResult => {
		const p = tx.select().from(plan).where(eq(plan.id, old.planId)).get()!;
		const errors: Record<string, string> = {};
		if (!edit.textAz && !edit.textEn) errors.textAz = 'admin_plans.error.text_missing';
		if ((edit.startYear === null) !== (edit.endYear === null))
			errors.endYear = 'admin_plans.error.years_both';
		else if (edit.startYear !== null && edit.endYear !== null) {
			if (edit.endYear < edit.startYear) errors.endYear = 'admin_plans.error.years_reversed';
			else if (edit.startYear < p.startYear || edit.endYear > p.endYear)
				errors.startYear = 'admin_plans.error.years_outside';
		}
		if (edit.bodies.filter((b) => b.role === 'lead').length > 1)
			errors.bodies = 'admin_plans.error.two_leads';
		if (Object.keys(errors).length) return { ok: false, errors };
		const { bodies, ...fields } = edit;
		const oldBodies = actionBodies(tx, [actionId]).get(actionId) ?? [];
		const row = tx
			.update(action)
			.set({ ...fields, searchText: actionSearchText({ code: old.code, ...fields }) })
			.where(eq(action.id, actionId))
			.returning()
			.get();
		tx.delete(actionInstitution).where(eq(actionInstitution.actionId, actionId)).run();
		for (const b of bodies)
			tx.insert(actionInstitution)
				.values({ actionId, ...b })
				.run();
		return {
			operation: 'update',
			before: {
				...old,
				bodies: oldBodies.map((b) => ({ institutionId: b.institutionId, role: b.role }))
			},
			after: { ...row, bodies }
		};
	});
}
