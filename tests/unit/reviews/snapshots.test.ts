import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb } from '../../helpers/test-db';
import {
	approveReport,
	makeMetric,
	makeProgressReport,
	makeStatReport,
	makeReviewPlan
} from '../../factories/reviews';
import { createSnapshot, listSnapshots } from '../../../src/lib/server/reviews/snapshots';
import {
	liveSource,
	progressRows,
	resolveSource,
	statisticRows
} from '../../../src/lib/server/reviews/snapshot-source';
import {
	auditLog,
	progressReport,
	snapshotProgress,
	snapshotStatistic,
	statValue
} from '../../../src/lib/server/db/schema';

const NOW = new Date('2023-03-01T10:00:00Z');

describe('review snapshots', () => {
	it('copies, per action × body, the latest period approved by the end of the as-of day', () => {
		const db = createTestDb();
		const f = makeReviewPlan(db);
		const [a1, a2] = f.actions;
		// a1 × A: 2021-H2 approved before, 2022-H1 approved on the day (Baku time), 2022-H2 after
		approveReport(db, {
			actionId: a1.id,
			institutionId: f.instA.id,
			periodId: f.periods.h2_2021.id,
			status: 'in_progress',
			approvedAt: new Date('2022-02-01T09:00:00Z')
		});
		const onTheDay = approveReport(db, {
			actionId: a1.id,
			institutionId: f.instA.id,
			periodId: f.periods.h1_2022.id,
			status: 'delayed',
			approvedAt: new Date('2022-10-04T19:30:00Z')
		});
		approveReport(db, {
			actionId: a1.id,
			institutionId: f.instA.id,
			periodId: f.periods.h2_2022.id,
			status: 'completed',
			approvedAt: new Date('2022-10-04T20:30:00Z')
		});
		// a2 × B: submitted but never approved → not in the snapshot
		makeProgressReport(db, {
			actionId: a2.id,
			institutionId: f.instB.id,
			periodId: f.periods.h1_2022.id,
			state: 'submitted'
		});

		const r = createSnapshot(
			db,
			{ id: f.reviewer.id, role: 'reviewer' },
			{ planId: f.plan.id, name: 'Mid-term review', asOf: '2022-10-04' },
			NOW
		);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.progress).toBe(1);
		const rows = progressRows(db, { kind: 'snapshot', planId: f.plan.id, snapshot: r.snapshot });
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			reportId: onTheDay.id,
			status: 'delayed',
			periodId: f.periods.h1_2022.id
		});
		expect(r.snapshot.createdBy).toBe(f.reviewer.id);
		expect(r.snapshot.createdAt.getTime()).toBe(NOW.getTime());
		const audit = db.select().from(auditLog).where(eq(auditLog.entity, 'review_snapshot')).all();
		expect(audit).toHaveLength(1);
		expect(listSnapshots(db, f.plan.id)[0]).toMatchObject({
			name: 'Mid-term review',
			progressCount: 1,
			createdByName: f.reviewer.name
		});
	});

	it('does not change when the live data changes later, and the database refuses to alter it', () => {
		const db = createTestDb();
		const f = makeReviewPlan(db);
		const metric = makeMetric(db);
		const rep = approveReport(db, {
			actionId: f.actions[0].id,
			institutionId: f.instA.id,
			periodId: f.periods.h1_2022.id,
			status: 'in_progress',
			doneEn: 'Training held',
			approvedAt: new Date('2022-08-01T00:00:00Z')
		});
		const stat = makeStatReport(
			db,
			{
				institutionId: f.instA.id,
				periodId: f.statPeriod.id,
				state: 'approved',
				reviewedAt: new Date('2022-03-10T00:00:00Z')
			},
			metric.id,
			{ '': 40, 'sex=female': 38 }
		);
		const r = createSnapshot(
			db,
			{ id: f.reviewer.id, role: 'reviewer' },
			{ planId: f.plan.id, name: 'Review', asOf: '2022-10-04' },
			NOW
		);
		if (!r.ok) throw new Error('snapshot failed');
		const src = { kind: 'snapshot' as const, planId: f.plan.id, snapshot: r.snapshot };
		const before = { progress: progressRows(db, src), stats: statisticRows(db, src) };
		expect(before.stats.map((s) => s.value).sort()).toEqual([38, 40]);

		// later: the report is reopened and rewritten, a figure corrected
		db.update(progressReport)
			.set({
				status: 'completed',
				doneEn: 'Rewritten',
				state: 'approved',
				reviewedAt: new Date('2023-01-05T00:00:00Z')
			})
			.where(eq(progressReport.id, rep.id))
			.run();
		db.update(statValue).set({ value: 41 }).where(eq(statValue.reportId, stat.id)).run();

		expect(progressRows(db, src)).toEqual(before.progress);
		expect(statisticRows(db, src)).toEqual(before.stats);
		expect(progressRows(db, liveSource(f.plan.id, NOW))[0].status).toBe('completed');

		expect(() => db.update(snapshotProgress).set({ status: 'completed' }).run()).toThrow(
			/immutable/
		);
		expect(() => db.delete(snapshotProgress).run()).toThrow(/immutable/);
		expect(() => db.update(snapshotStatistic).set({ value: 1 }).run()).toThrow(/immutable/);
		expect(() => db.delete(snapshotStatistic).run()).toThrow(/immutable/);
		expect(progressRows(db, src)).toEqual(before.progress);
	});

	it('refuses a future date and an unknown plan, and resolves ?snapshot= safely', () => {
		const db = createTestDb();
		const f = makeReviewPlan(db);
		const actor = { id: f.reviewer.id, role: 'reviewer' };
		expect(
			createSnapshot(db, actor, { planId: f.plan.id, name: 'X', asOf: '2023-03-02' }, NOW)
		).toEqual({ ok: false, errors: { asOf: 'reviews.as_of_future' } });
		expect(createSnapshot(db, actor, { planId: 9999, name: 'X', asOf: '2022-01-01' }, NOW)).toEqual(
			{ ok: false, errors: { planId: 'reviews.plan_unknown' } }
		);
		expect(resolveSource(db, null, f.plan.id, NOW)?.kind).toBe('live');
		expect(resolveSource(db, 'now', f.plan.id, NOW)?.kind).toBe('live');
		expect(resolveSource(db, '999', f.plan.id, NOW)).toBeNull();
		expect(resolveSource(db, '1 OR 1=1', f.plan.id, NOW)).toBeNull();
	});
});
