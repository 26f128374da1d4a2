import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb } from '../../helpers/test-db';
import { makeWorld, reportIn } from '../../factories/progress';
import { makeAction, makePeriod } from '../../factories';
import {
	act,
	findReport,
	getReport,
	saveAndSubmit,
	saveReport,
	startReport
} from '../../../src/lib/server/progress/reports';
import { changesSince } from '../../../src/lib/server/progress/conflicts';
import { grantException, revokeException } from '../../../src/lib/server/progress/periods';
import { commentOnReport, reportHistory } from '../../../src/lib/server/progress/thread';
import { listNotifications } from '../../../src/lib/server/notifications';
import { auditLog, indicator, progressReport } from '../../../src/lib/server/db/schema';
import type { ReportContent } from '../../../src/lib/server/forms/report-form';

const NOW = new Date('2024-03-01T10:00:00Z');
const content = (o: Partial<ReportContent> = {}): ReportContent => ({
	status: 'in_progress',
	percent: 40,
	doneAz: 'Təlim keçirildi',
	doneEn: 'Training held',
	obstaclesAz: null,
	obstaclesEn: null,
	nextStepsAz: null,
	nextStepsEn: null,
	indicators: {},
	...o
});
const me = (u: { id: number; role: string; institutionId: number | null }) => ({
	id: u.id,
	role: u.role,
	institutionId: u.institutionId
});

describe('starting a report', () => {
	it('creates one draft per action × institution × period, and finds it again', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const a = startReport(db, me(w.fpA), { actionId: w.action.id, periodId: w.period.id }, NOW);
		const b = startReport(db, me(w.fpA), { actionId: w.action.id, periodId: w.period.id }, NOW);
		expect(a).toEqual(b);
		expect(a.ok && getReport(db, a.id)?.state).toBe('draft');
		// the co-implementer reports separately
		const c = startReport(db, me(w.fpB), { actionId: w.action.id, periodId: w.period.id }, NOW);
		expect(c.ok && a.ok && c.id !== a.id).toBe(true);
	});

	it('refuses actions the institution is not linked to, and non-focal points', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		expect(
			startReport(db, me(w.fpC), { actionId: w.action.id, periodId: w.period.id }, NOW)
		).toEqual({ ok: false, error: 'not_assigned' });
		expect(
			startReport(db, me(w.reviewer), { actionId: w.action.id, periodId: w.period.id }, NOW)
		).toEqual({ ok: false, error: 'forbidden' });
		const old = makeAction(db, { planId: w.plan.id, startYear: 2020, endYear: 2021 }, [
			{ institutionId: w.instA.id, role: 'lead' }
		]);
		expect(startReport(db, me(w.fpA), { actionId: old.id, periodId: w.period.id }, NOW)).toEqual({
			ok: false,
			error: 'not_assigned'
		});
	});
});

describe('saving with optimistic locking', () => {
	it('the second of two editors from the same version gets a conflict and sees what changed', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = reportIn(db, w);
		const other = { ...me(w.fpA), id: w.fpA.id };
		expect(saveReport(db, other, r.id, 1, content({ doneEn: 'First editor' }), NOW)).toMatchObject({
			ok: true,
			version: 2
		});
		const second = saveReport(
			db,
			me(w.fpA),
			r.id,
			1,
			content({ doneEn: 'Second editor', percent: 50 }),
			NOW
		);
		expect(second).toEqual({ ok: false, error: 'conflict' });
		expect(getReport(db, r.id)?.doneEn).toBe('First editor');
		expect(getReport(db, r.id)?.percent).toBe(40);
		const changes = changesSince(db, r.id, 1);
		expect(changes).toHaveLength(1);
		expect(changes[0].fields).toEqual(
			expect.arrayContaining(['doneEn', 'status', 'percent', 'doneAz'])
		);
		expect(changesSince(db, r.id, 2)).toEqual([]);
	});

	it('audits only the fields that changed, before and after', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = reportIn(db, w);
		saveReport(db, me(w.fpA), r.id, 1, content(), NOW);
		saveReport(db, me(w.fpA), r.id, 2, content({ percent: 60 }), NOW);
		const last = db.select().from(auditLog).all().at(-1)!;
		expect(JSON.parse(last.before!)).toEqual({ version: 2, percent: 40 });
		expect(JSON.parse(last.after!)).toEqual({ version: 3, percent: 60 });
		expect(last.actorRole).toBe('focal_point');
	});

	it('stores values only for the action’s own indicators', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = reportIn(db, w);
		const ind = db
			.insert(indicator)
			.values({ actionId: w.action.id, nameAz: 'Say', nameEn: 'Count' })
			.returning()
			.get();
		const foreign = makeAction(db, { planId: w.plan.id });
		const alien = db
			.insert(indicator)
			.values({ actionId: foreign.id, nameAz: 'X', nameEn: 'X' })
			.returning()
			.get();
		const res = saveReport(
			db,
			me(w.fpA),
			r.id,
			1,
			content({ indicators: { [ind.id]: 12, [alien.id]: 99 } }),
			NOW
		);
		expect(res.ok && res.changed).toContain(`ind_${ind.id}`);
		expect(res.ok && res.changed).not.toContain(`ind_${alien.id}`);
	});

	it('a focal point of another institution can neither save nor submit nor comment', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = reportIn(db, w);
		for (const u of [w.fpB, w.fpC]) {
			expect(saveReport(db, me(u), r.id, 1, content(), NOW)).toEqual({
				ok: false,
				error: 'forbidden'
			});
			expect(act(db, me(u), r.id, 'submit', 1, null, NOW)).toEqual({
				ok: false,
				error: 'forbidden'
			});
			expect(saveAndSubmit(db, me(u), r.id, 1, content(), NOW)).toEqual({
				ok: false,
				error: 'forbidden'
			});
			expect(commentOnReport(db, me(u), r.id, 'hello', NOW)).toEqual({
				ok: false,
				error: 'forbidden'
			});
		}
		expect(saveReport(db, me(w.reviewer), r.id, 1, content(), NOW)).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect(getReport(db, r.id)?.version).toBe(1);
	});

	it('approved and submitted reports are read-only', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = reportIn(db, w, 'approved');
		expect(saveReport(db, me(w.fpA), r.id, 1, content(), NOW)).toEqual({
			ok: false,
			error: 'not_editable'
		});
	});
});

describe('submit, review and history', () => {
	it('save-and-submit is atomic and notifies reviewers; return notifies the focal point with the reason', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = reportIn(db, w);
		expect(saveAndSubmit(db, me(w.fpA), r.id, 1, content(), NOW)).toEqual({ ok: true, version: 3 });
		expect(listNotifications(db, w.reviewer.id)[0].messageKey).toBe('notify.report_submitted');
		expect(act(db, me(w.reviewer), r.id, 'return', 3, 'Give dates', NOW)).toMatchObject({
			ok: true,
			state: 'returned'
		});
		const n = listNotifications(db, w.fpA.id)[0];
		expect(n).toMatchObject({ messageKey: 'notify.report_returned', link: `/reports/${r.id}` });
		expect(n.params.reason).toBe('Give dates');
		expect(reportHistory(db, r.id).map((e) => e.toState)).toEqual(['submitted', 'returned']);
	});

	it('a failed submit leaves the draft unchanged', () => {
		const db = createTestDb();
		const w = makeWorld(db, { status: 'closed' });
		const r = reportIn(db, w);
		expect(saveAndSubmit(db, me(w.fpA), r.id, 1, content({ doneEn: 'late text' }), NOW)).toEqual({
			ok: false,
			error: 'period_closed'
		});
		expect(getReport(db, r.id)).toMatchObject({ version: 1, doneEn: null, state: 'draft' });
	});
});

describe('closed periods and exceptions', () => {
	it('a closed period takes no new report until an admin grants an exception, which expires', () => {
		const db = createTestDb();
		const w = makeWorld(db, { status: 'closed' });
		const input = { actionId: w.action.id, periodId: w.period.id };
		expect(startReport(db, me(w.fpA), input, NOW)).toEqual({ ok: false, error: 'period_closed' });
		grantException(
			db,
			me(w.admin),
			{
				periodId: w.period.id,
				institutionId: w.instA.id,
				untilDate: '2024-03-10',
				reason: 'Late data from regions'
			},
			NOW
		);
		const started = startReport(db, me(w.fpA), input, NOW);
		expect(started.ok).toBe(true);
		// only for that institution
		expect(startReport(db, me(w.fpB), input, NOW)).toEqual({ ok: false, error: 'period_closed' });
		const id = started.ok ? started.id : 0;
		expect(saveReport(db, me(w.fpA), id, 1, content(), NOW).ok).toBe(true);
		// after the exception's last day in Baku (UTC+4) the submit is refused
		expect(act(db, me(w.fpA), id, 'submit', 2, null, new Date('2024-03-10T20:00:01Z'))).toEqual({
			ok: false,
			error: 'period_closed'
		});
		expect(act(db, me(w.fpA), id, 'submit', 2, null, new Date('2024-03-10T19:59:00Z')).ok).toBe(
			true
		);
		expect(
			db.select().from(auditLog).where(eq(auditLog.entity, 'period_exception')).all()
		).toHaveLength(1);
	});

	it('a returned report in a closed period can still be fixed and resubmitted', () => {
		const db = createTestDb();
		const w = makeWorld(db, { status: 'closed' });
		const r = reportIn(db, w, 'returned');
		expect(saveAndSubmit(db, me(w.fpA), r.id, 1, content(), NOW).ok).toBe(true);
	});

	it('revoking an exception closes the door again', () => {
		const db = createTestDb();
		const w = makeWorld(db, { status: 'closed' });
		grantException(
			db,
			me(w.admin),
			{ periodId: w.period.id, institutionId: w.instA.id, untilDate: '2099-01-01', reason: 'x' },
			NOW
		);
		const exId = db.select().from(auditLog).all().length; // one row so far
		expect(exId).toBe(1);
		const ex = (db.$client.prepare('select id from period_exception').get() as { id: number }).id;
		expect(revokeException(db, me(w.admin), ex, NOW)).toBe(true);
		expect(
			startReport(db, me(w.fpA), { actionId: w.action.id, periodId: w.period.id }, NOW)
		).toEqual({ ok: false, error: 'period_closed' });
	});

	it('exceptions are only for closed periods', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const open = makePeriod(db, { planId: w.plan.id, status: 'open' });
		expect(
			grantException(
				db,
				me(w.admin),
				{ periodId: open.id, institutionId: w.instA.id, untilDate: '2099-01-01', reason: 'x' },
				NOW
			)
		).toEqual({ ok: false, error: 'period_open' });
	});
});

describe('comments', () => {
	it('owner and reviewers talk; the other side is notified; blank is refused', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = reportIn(db, w);
		expect(commentOnReport(db, me(w.fpA), r.id, '  ', NOW)).toEqual({ ok: false, error: 'empty' });
		expect(commentOnReport(db, me(w.fpA), r.id, 'Is the photo enough?', NOW).ok).toBe(true);
		expect(listNotifications(db, w.reviewer.id)[0].messageKey).toBe('notify.comment');
		expect(commentOnReport(db, me(w.reviewer), r.id, 'Yes', NOW).ok).toBe(true);
		expect(listNotifications(db, w.fpA.id)[0].messageKey).toBe('notify.comment');
		expect(commentOnReport(db, me(w.donor), r.id, 'x', NOW)).toEqual({
			ok: false,
			error: 'forbidden'
		});
	});
});

it('findReport looks up by action, institution and period', () => {
	const db = createTestDb();
	const w = makeWorld(db);
	const r = reportIn(db, w);
	expect(findReport(db, w.action.id, w.instA.id, w.period.id)?.id).toBe(r.id);
	expect(findReport(db, w.action.id, w.instB.id, w.period.id)).toBeNull();
	expect(db.select().from(progressReport).all()).toHaveLength(1);
});
