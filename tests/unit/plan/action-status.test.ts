import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../helpers/test-db';
import { approveReport, makeReviewPlan } from '../../factories/reviews';
import { ACTION_STATUSES, combineStatus } from '../../../src/lib/server/plan/action-status';
import { translate } from '../../../src/lib/i18n/core';
import { actionsAsOf } from '../../../src/lib/server/dashboards/implementation-sql';
import { liveSource } from '../../../src/lib/server/reviews/snapshot-source';
import { buildPackData } from '../../../src/lib/server/reviews/pack/data';

describe('action status: one rule', () => {
	it('combines bodies: n/a left out, any delay holds the action up, all completed completes', () => {
		expect(combineStatus([])).toBe('no_report');
		expect(combineStatus(['not_applicable'])).toBe('not_applicable');
		expect(combineStatus(['completed', 'not_applicable'])).toBe('completed');
		expect(combineStatus(['completed', 'delayed'])).toBe('delayed');
		expect(combineStatus(['completed', 'in_progress'])).toBe('partially_completed');
		expect(combineStatus(['not_started', 'in_progress'])).toBe('in_progress');
		expect(combineStatus(['not_started'])).toBe('not_started');
	});

	it('the implementation dashboard and the pack give every action the same status', () => {
		const db = createTestDb();
		const f = makeReviewPlan(db);
		const [a1, a2, a3] = f.actions;
		const at = new Date('2022-08-01');
		// a1: the lead completed in the newest period, the co-implementer delayed one period
		// earlier (the old dashboard rule, "newest report, lead first", said completed)
		approveReport(db, {
			actionId: a1.id,
			institutionId: f.instA.id,
			periodId: f.periods.h1_2022.id,
			status: 'completed',
			approvedAt: at
		});
		approveReport(db, {
			actionId: a1.id,
			institutionId: f.instB.id,
			periodId: f.periods.h2_2021.id,
			status: 'delayed',
			approvedAt: at
		});
		approveReport(db, {
			actionId: a2.id,
			institutionId: f.instB.id,
			periodId: f.periods.h1_2021.id,
			status: 'not_applicable',
			approvedAt: at
		});
		// a3: only an older report, superseded by a newer one of the same body
		approveReport(db, {
			actionId: a3.id,
			institutionId: f.instA.id,
			periodId: f.periods.h1_2021.id,
			status: 'delayed',
			approvedAt: at
		});
		approveReport(db, {
			actionId: a3.id,
			institutionId: f.instA.id,
			periodId: f.periods.h1_2022.id,
			status: 'in_progress',
			approvedAt: at
		});
		const dash = new Map(
			actionsAsOf(db, { planId: f.plan.id, end: '2022-06-30', institutionId: null }, null).map(
				(a) => [a.code, a.status]
			)
		);
		const pack = buildPackData(db, {
			source: liveSource(f.plan.id, new Date('2022-09-01')),
			scope: { kind: 'plan' },
			locale: 'en',
			audience: 'internal',
			now: new Date('2022-09-01')
		})!;
		const packStatus = new Map(pack.aims.flatMap((s) => s.actions.map((a) => [a.code, a.status])));
		expect(Object.fromEntries(dash)).toEqual({
			'4.1.1': 'delayed',
			'4.1.2': 'not_applicable',
			'4.2.1': 'in_progress'
		});
		expect(Object.fromEntries(packStatus)).toEqual(Object.fromEntries(dash));
	});

	it('every page names a status the same way, in both languages', () => {
		for (const l of ['az', 'en'] as const)
			for (const s of ACTION_STATUSES) {
				const name = translate(l, `reviews.status.${s}`);
				expect(translate(l, `impl.status.${s}`), `${l} ${s}`).toBe(name);
				if (s !== 'no_report') expect(translate(l, `progress.impl.${s}`), `${l} ${s}`).toBe(name);
			}
	});
});
