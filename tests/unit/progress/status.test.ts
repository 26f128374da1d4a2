import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../helpers/test-db';
import { makeReport, makeWorld } from '../../factories/progress';
import { makeAction } from '../../factories';
import {
	completenessOf,
	periodAssignments,
	periodReports
} from '../../../src/lib/server/progress/status';
import { completenessMatrix } from '../../../src/lib/server/progress/completeness';
import { myActions } from '../../../src/lib/server/progress/overview';
import { canReadReport } from '../../../src/lib/server/progress/access';
import { transition } from '../../../src/lib/server/workflow';
import { markRead, notify, countUnread } from '../../../src/lib/server/notifications';
import { queryAudit } from '../../../src/lib/server/audit-query';

const DUE = {
	dueDate: '2024-07-15',
	status: 'open' as const,
	startDate: '2024-01-01',
	endDate: '2024-06-30'
};

describe('completeness', () => {
	it('on time, late, incomplete, missing and not yet due', () => {
		const db = createTestDb();
		const w = makeWorld(db, DUE);
		const second = makeAction(db, { planId: w.plan.id }, [
			{ institutionId: w.instA.id, role: 'co' }
		]);
		const fp = { id: w.fpA.id, role: 'focal_point', institutionId: w.instA.id };
		const submitAt = (actionId: number, at: string) => {
			const r = makeReport(db, { actionId, institutionId: w.instA.id, periodId: w.period.id });
			transition(db, fp, {
				subjectType: 'progress',
				subjectId: r.id,
				action: 'submit',
				expectedVersion: 1,
				now: new Date(at)
			});
		};
		const state = (now: string) => {
			const ids = periodAssignments(db, w.period).get(w.instA.id)!;
			return completenessOf(
				w.period,
				ids,
				w.instA.id,
				periodReports(db, w.period.id),
				new Date(now)
			);
		};
		expect(state('2024-07-10T00:00:00Z')).toMatchObject({
			expected: 2,
			done: 0,
			status: 'not_due',
			daysOverdue: 0
		});
		expect(state('2024-07-20T00:00:00Z')).toMatchObject({ status: 'missing', daysOverdue: 5 });
		submitAt(w.action.id, '2024-07-15T20:00:00Z');
		expect(state('2024-07-20T00:00:00Z')).toMatchObject({ done: 1, status: 'incomplete' });
		submitAt(second.id, '2024-07-16T08:00:00Z');
		expect(state('2024-07-20T00:00:00Z')).toMatchObject({
			done: 2,
			late: 1,
			status: 'late',
			daysOverdue: 0
		});
	});

	it('the matrix lists every linked institution, and my actions puts returned reports first', () => {
		const db = createTestDb();
		const w = makeWorld(db, DUE);
		const m = completenessMatrix(db, new Date('2024-08-01T00:00:00Z'));
		expect(m.rows.map((r) => r.id).sort()).toEqual([w.instA.id, w.instB.id].sort());
		expect(m.totals[0]).toMatchObject({ expected: 2, done: 0, missing: 2 });

		const other = makeAction(db, { planId: w.plan.id, code: '4.1.99' }, [
			{ institutionId: w.instA.id, role: 'lead' }
		]);
		makeReport(db, {
			actionId: other.id,
			institutionId: w.instA.id,
			periodId: w.period.id,
			state: 'returned',
			returnReason: 'Dates?'
		});
		const mine = myActions(db, w.instA.id, null, new Date('2024-08-01T00:00:00Z'));
		expect(mine.rows[0]).toMatchObject({
			code: '4.1.99',
			report: { state: 'returned', returnReason: 'Dates?' }
		});
		expect(mine.returned).toHaveLength(1);
		expect(mine.accepts).toBe(true);
	});
});

describe('reading reports', () => {
	it('partners read approved reports only; strangers and donors never', () => {
		const linked = [10, 20];
		const partner = { id: 2, role: 'focal_point', institutionId: 20 };
		expect(canReadReport(partner, { institutionId: 10, state: 'approved' }, linked)).toBe(true);
		for (const state of ['draft', 'submitted', 'returned'] as const)
			expect(canReadReport(partner, { institutionId: 10, state }, linked)).toBe(false);
		expect(
			canReadReport(
				{ id: 3, role: 'focal_point', institutionId: 30 },
				{ institutionId: 10, state: 'approved' },
				linked
			)
		).toBe(false);
		expect(
			canReadReport(
				{ id: 4, role: 'donor', institutionId: null },
				{ institutionId: 10, state: 'approved' },
				linked
			)
		).toBe(false);
		expect(
			canReadReport(
				{ id: 5, role: 'focal_point', institutionId: null },
				{ institutionId: 10, state: 'approved' },
				linked
			)
		).toBe(false);
	});
});

describe('notifications and the audit view', () => {
	it('marking read touches only the user’s own notifications', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const now = new Date();
		notify(db, [w.fpA.id, w.fpB.id], { kind: 'x', messageKey: 'notify.comment' }, now);
		const bIds = db.$client
			.prepare('select id from notification where user_id = ?')
			.all(w.fpB.id) as { id: number }[];
		expect(
			markRead(
				db,
				w.fpA.id,
				bIds.map((r) => r.id),
				now
			)
		).toBe(0);
		expect(countUnread(db, w.fpB.id)).toBe(1);
		expect(markRead(db, w.fpA.id, [], now)).toBe(1);
		expect(countUnread(db, w.fpA.id)).toBe(0);
	});

	it('filters the audit log by entity, actor and day, newest first', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = makeReport(db, {
			actionId: w.action.id,
			institutionId: w.instA.id,
			periodId: w.period.id
		});
		const fp = { id: w.fpA.id, role: 'focal_point', institutionId: w.instA.id };
		transition(db, fp, {
			subjectType: 'progress',
			subjectId: r.id,
			action: 'submit',
			expectedVersion: 1,
			now: new Date('2024-01-02T10:00:00Z')
		});
		transition(
			db,
			{ id: w.reviewer.id, role: 'reviewer', institutionId: null },
			{
				subjectType: 'progress',
				subjectId: r.id,
				action: 'approve',
				expectedVersion: 2,
				now: new Date('2024-01-05T10:00:00Z')
			}
		);
		expect(
			queryAudit(db, { entity: 'progress_report', entityId: String(r.id) }, 'en').rows.map(
				(x) => x.operation
			)
		).toEqual(['approve', 'submit']);
		expect(queryAudit(db, { actor: w.fpA.email }, 'en').rows.map((x) => x.operation)).toEqual([
			'submit'
		]);
		expect(
			queryAudit(db, { from: '2024-01-03', to: '2024-01-05' }, 'en').rows.map((x) => x.operation)
		).toEqual(['approve']);
	});
});
