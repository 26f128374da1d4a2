import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../helpers/test-db';
import { approveReport, makeMetric, makeStatReport, makeReviewPlan } from '../../factories/reviews';
import { createSnapshot } from '../../../src/lib/server/reviews/snapshots';
import {
	compareSources,
	filterActions,
	parseCompareFilter
} from '../../../src/lib/server/reviews/compare';
import { liveSource } from '../../../src/lib/server/reviews/snapshot-source';
import { combineStatus } from '../../../src/lib/server/plan/action-status';

const NOW = new Date('2023-03-01T10:00:00Z');

function setup() {
	const db = createTestDb();
	const f = makeReviewPlan(db);
	const [a1, a2, a3] = f.actions;
	const metric = makeMetric(db);
	const t = (s: string) => new Date(s);
	// as of the mid-term: a1 delayed (A) + in progress (B), a2 in progress, a3 delayed; A reported 2022-H1, B only 2021-H2
	approveReport(db, {
		actionId: a1.id,
		institutionId: f.instA.id,
		periodId: f.periods.h1_2022.id,
		status: 'delayed',
		approvedAt: t('2022-08-01')
	});
	approveReport(db, {
		actionId: a1.id,
		institutionId: f.instB.id,
		periodId: f.periods.h2_2021.id,
		status: 'in_progress',
		approvedAt: t('2022-02-01')
	});
	approveReport(db, {
		actionId: a2.id,
		institutionId: f.instB.id,
		periodId: f.periods.h2_2021.id,
		status: 'in_progress',
		approvedAt: t('2022-02-01')
	});
	approveReport(db, {
		actionId: a3.id,
		institutionId: f.instA.id,
		periodId: f.periods.h1_2022.id,
		status: 'delayed',
		approvedAt: t('2022-08-01')
	});
	makeStatReport(
		db,
		{
			institutionId: f.instA.id,
			periodId: f.statPeriod.id,
			state: 'approved',
			reviewedAt: t('2022-03-01')
		},
		metric.id,
		{ '': 40, 'sex=male': 2 }
	);
	const mid = createSnapshot(
		db,
		{ id: f.reviewer.id, role: 'reviewer' },
		{ planId: f.plan.id, name: 'Mid-term', asOf: '2022-10-04' },
		t('2022-10-05')
	);
	if (!mid.ok) throw new Error('snapshot');
	// afterwards: a2 completed by B (2022-H2), a3 still delayed, a1 unchanged; a corrected figure and a new one
	approveReport(db, {
		actionId: a2.id,
		institutionId: f.instB.id,
		periodId: f.periods.h2_2022.id,
		status: 'completed',
		approvedAt: t('2023-02-01')
	});
	approveReport(db, {
		actionId: a3.id,
		institutionId: f.instA.id,
		periodId: f.periods.h2_2022.id,
		status: 'delayed',
		approvedAt: t('2023-02-01')
	});
	const late = makeStatReport(
		db,
		{
			institutionId: f.instB.id,
			periodId: f.statPeriod.id,
			state: 'approved',
			reviewedAt: t('2023-02-10')
		},
		metric.id,
		{ '': 7 }
	);
	return { db, f, mid: mid.snapshot, metric, late };
}

describe('comparing review states', () => {
	it('combines the bodies’ statuses into one per action', () => {
		expect(combineStatus([])).toBe('no_report');
		expect(combineStatus(['completed', 'not_applicable'])).toBe('completed');
		expect(combineStatus(['completed', 'delayed'])).toBe('delayed');
		expect(combineStatus(['completed', 'in_progress'])).toBe('partially_completed');
		expect(combineStatus(['not_started', 'in_progress'])).toBe('in_progress');
		expect(combineStatus(['not_applicable'])).toBe('not_applicable');
	});

	it('finds changed, newly completed and still delayed actions between a snapshot and now', () => {
		const { db, f, mid } = setup();
		const c = compareSources(
			db,
			{ kind: 'snapshot', planId: f.plan.id, snapshot: mid },
			liveSource(f.plan.id, NOW)
		)!;
		const by = new Map(c.actions.map((a) => [a.code, a]));
		expect(by.get('4.1.1')).toMatchObject({
			before: 'delayed',
			after: 'delayed',
			changed: false,
			stillDelayed: true
		});
		expect(by.get('4.1.2')).toMatchObject({
			before: 'in_progress',
			after: 'completed',
			changed: true,
			newlyCompleted: true
		});
		expect(by.get('4.2.1')).toMatchObject({
			before: 'delayed',
			after: 'delayed',
			stillDelayed: true
		});
		expect(
			filterActions(c.actions, parseCompareFilter(new URLSearchParams('show=newly_completed'))).map(
				(a) => a.code
			)
		).toEqual(['4.1.2']);
		expect(
			filterActions(c.actions, parseCompareFilter(new URLSearchParams('show=still_delayed'))).map(
				(a) => a.code
			)
		).toEqual(['4.1.1', '4.2.1']);
		expect(
			filterActions(c.actions, {
				show: 'all',
				sectionId: f.sections[1].id,
				institutionId: null
			}).map((a) => a.code)
		).toEqual(['4.2.1']);
		expect(
			filterActions(c.actions, { show: 'all', sectionId: null, institutionId: f.instB.id }).map(
				(a) => a.code
			)
		).toEqual(['4.1.1', '4.1.2']);
		expect(c.before.date).toBe('2022-10-04');
		expect(c.after.date).toBe('2023-03-01');
	});

	it('lists bodies overdue then and now, and the figures that changed', () => {
		const { db, f, mid, metric } = setup();
		const c = compareSources(
			db,
			{ kind: 'snapshot', planId: f.plan.id, snapshot: mid },
			liveSource(f.plan.id, NOW)
		)!;
		// on 4 Oct 2022 the 2022-H1 reports (due 15 Jul) were required: B had only 2021-H2 for a1 and a2
		// on 1 Mar 2023 2022-H2 is required: A is behind on a1, B on a1 (a2 is completed); a3 was reported
		const od = new Map(c.institutions.map((i) => [i.institutionId, i]));
		expect(od.get(f.instB.id)).toMatchObject({ before: 2, after: 1 });
		expect(od.get(f.instA.id)).toMatchObject({ before: 0, after: 1 });
		expect(c.statistics).toEqual([
			expect.objectContaining({
				metricId: metric.id,
				institutionId: f.instB.id,
				categoryKey: '',
				before: null,
				after: 7,
				kind: 'added'
			})
		]);
	});

	it('compares two snapshots with each other', () => {
		const { db, f, mid } = setup();
		const later = createSnapshot(
			db,
			{ id: f.reviewer.id, role: 'reviewer' },
			{ planId: f.plan.id, name: 'Final', asOf: '2023-02-28' },
			NOW
		);
		if (!later.ok) throw new Error('snapshot');
		const c = compareSources(
			db,
			{ kind: 'snapshot', planId: f.plan.id, snapshot: mid },
			{ kind: 'snapshot', planId: f.plan.id, snapshot: later.snapshot }
		)!;
		expect(c.actions.filter((a) => a.changed).map((a) => a.code)).toEqual(['4.1.2']);
		expect(c.statistics).toHaveLength(1);
	});
});
