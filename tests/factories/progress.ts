// Factories for progress reporting: a small world with two institutions sharing an action.
import { progressReport, type WorkflowState } from '../../src/lib/server/db/schema';
import type { DB } from '../../src/lib/server/db/connect';
import { makeAction, makeInstitution, makePeriod, makePlan, makeSection, makeUser } from './index';

export function makeReport(
	db: DB,
	o: Partial<typeof progressReport.$inferInsert> & {
		actionId: number;
		institutionId: number;
		periodId: number;
	}
) {
	return db.insert(progressReport).values(o).returning().get();
}

/** Two institutions (A leads, B co-implements one action), their focal points, a reviewer, an admin, a donor. */
export function makeWorld(db: DB, periodOverrides: Parameters<typeof makePeriod>[1] = {}) {
	const instA = makeInstitution(db);
	const instB = makeInstitution(db);
	const instC = makeInstitution(db);
	const p = makePlan(db);
	const section = makeSection(db, p.id);
	const act = makeAction(db, { planId: p.id, sectionId: section.id }, [
		{ institutionId: instA.id, role: 'lead' },
		{ institutionId: instB.id, role: 'co' }
	]);
	const period = makePeriod(db, { planId: p.id, ...periodOverrides });
	return {
		instA,
		instB,
		instC,
		plan: p,
		section,
		action: act,
		period,
		fpA: makeUser(db, { role: 'focal_point', institutionId: instA.id }),
		fpB: makeUser(db, { role: 'focal_point', institutionId: instB.id }),
		fpC: makeUser(db, { role: 'focal_point', institutionId: instC.id }),
		reviewer: makeUser(db, { role: 'reviewer' }),
		admin: makeUser(db, { role: 'admin' }),
		donor: makeUser(db, { role: 'donor' })
	};
}

export function reportIn(db: DB, w: ReturnType<typeof makeWorld>, state: WorkflowState = 'draft') {
	return makeReport(db, {
		actionId: w.action.id,
		institutionId: w.instA.id,
		periodId: w.period.id,
		state
	});
}

export type World = ReturnType<typeof makeWorld>;
