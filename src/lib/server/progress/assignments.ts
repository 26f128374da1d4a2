// Which actions an institution reports on in a period: every action it leads, co-implements or
// is recommended for, whose years (or, for round-table decisions, due date) reach the period.
import { and, asc, eq } from 'drizzle-orm';
import { action, actionInstitution, planSection } from '../db/schema';
import { actionBodies } from '../plan/browse';
import type { Action, ReportingPeriod } from '../db/schema';
import type { DB } from '../db/connect';

export function actionActiveIn(
	a: Pick<Action, 'startYear' | 'endYear' | 'dueDate'> & { withdrawnAt?: Date | null },
	p: Pick<ReportingPeriod, 'startDate' | 'endDate'>
): boolean {
	// a withdrawn round-table decision is owed by no one (its reports stay)
	if (a.withdrawnAt) return false;
	const year = Number(p.startDate.slice(0, 4));
	if (a.startYear !== null && year < a.startYear) return false;
	if (a.endYear !== null && year > a.endYear) return false;
	if (a.dueDate !== null && a.dueDate < p.startDate) return false;
	return true;
}

/** The institution's linked actions (with its role and the aim), in plan order. */
export function listInstitutionActions(
	db: Pick<DB, 'select'>,
	institutionId: number,
	planId?: number
) {
	const where = planId
		? and(eq(actionInstitution.institutionId, institutionId), eq(action.planId, planId))
		: eq(actionInstitution.institutionId, institutionId);
	return db
		.select({
			id: action.id,
			planId: action.planId,
			code: action.code,
			textAz: action.textAz,
			textEn: action.textEn,
			sample: action.sample,
			kind: action.kind,
			startYear: action.startYear,
			endYear: action.endYear,
			dueDate: action.dueDate,
			withdrawnAt: action.withdrawnAt,
			sectionId: action.sectionId,
			sectionCode: planSection.code,
			role: actionInstitution.role
		})
		.from(actionInstitution)
		.innerJoin(action, eq(action.id, actionInstitution.actionId))
		.leftJoin(planSection, eq(planSection.id, action.sectionId))
		.where(where)
		.orderBy(asc(action.sortKey))
		.all();
}

/** Institutions linked to an action, lead first (its executing bodies, keyed by id). */
export function listActionInstitutions(db: Pick<DB, 'select'>, actionId: number) {
	const bodies = actionBodies(db, [actionId]).get(actionId) ?? [];
	return bodies.map(({ institutionId, ...b }) => ({ id: institutionId, ...b }));
}

export function linkedInstitutionIds(db: Pick<DB, 'select'>, actionId: number): number[] {
	return db
		.select({ id: actionInstitution.institutionId })
		.from(actionInstitution)
		.where(eq(actionInstitution.actionId, actionId))
		.all()
		.map((r) => r.id);
}
