// Round tables and decisions are edited and withdrawn, never deleted: each change is audited, a
// withdrawn decision keeps its reports but is off "My actions", and focal points are refused.
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDb } from '../../helpers/test-db';
import { approveReport, makeReviewPlan } from '../../factories/reviews';
import {
	addDecision,
	createRoundTable,
	getRoundTable,
	updateDecision,
	updateRoundTable,
	withdrawDecision,
	withdrawRoundTable
} from '../../../src/lib/server/reviews/round-tables';
import { myActions } from '../../../src/lib/server/progress/overview';
import { loadPlanView } from '../../../src/lib/server/reviews/plan-view';
import { overdueReports } from '../../../src/lib/server/reviews/status';
import { action, auditLog, progressReport } from '../../../src/lib/server/db/schema';

const NOW = new Date('2023-03-01T10:00:00Z');
const LATER = new Date('2023-03-02T10:00:00Z');

function setup() {
	const db = createTestDb();
	const f = makeReviewPlan(db);
	const actor = { id: f.reviewer.id, role: 'reviewer' };
	const input = {
		planId: f.plan.id,
		heldOn: '2022-10-04',
		titleAz: 'Dəyirmi masa',
		titleEn: 'Round table',
		notesAz: null,
		notesEn: null,
		snapshotId: null,
		participants: [f.instA.id]
	};
	const rt = createRoundTable(db, actor, input, NOW);
	if (!rt.ok) throw new Error('round table');
	const decision = {
		type: 'D' as const,
		textAz: 'Qərar',
		textEn: 'Decision',
		institutionIds: [f.instA.id],
		dueDate: '2023-12-31'
	};
	const d = addDecision(db, actor, rt.value.id, decision, NOW);
	if (!d.ok) throw new Error('decision');
	return { db, f, actor, input, decision, rt: rt.value, d: d.value };
}

const audits = (db: ReturnType<typeof createTestDb>, operation: string) =>
	db.select().from(auditLog).where(eq(auditLog.operation, operation)).all();

const onMyActions = (db: ReturnType<typeof createTestDb>, institutionId: number, code: string) =>
	myActions(db, institutionId, '2022-H2', NOW).rows.some((r) => r.code === code);

describe('editing round tables and decisions', () => {
	it('edits a round table and records before and after', () => {
		const { db, f, actor, input, rt } = setup();
		const r = updateRoundTable(
			db,
			actor,
			rt.id,
			{ ...input, titleEn: 'Autumn round table', participants: [f.instA.id, f.instB.id] },
			LATER
		);
		expect(r).toEqual({ ok: true });
		const full = getRoundTable(db, rt.id)!;
		expect(full.roundTable.titleEn).toBe('Autumn round table');
		expect(full.participants.map((p) => p.id).sort()).toEqual([f.instA.id, f.instB.id].sort());
		const [a] = audits(db, 'update');
		expect(a.entity).toBe('round_table');
		expect(JSON.parse(a.before!)).toMatchObject({
			titleEn: 'Round table',
			participants: [f.instA.id]
		});
		expect(JSON.parse(a.after!)).toMatchObject({ titleEn: 'Autumn round table' });
	});

	it('edits a decision (texts, deadline, institutions), refusing a deadline before the meeting', () => {
		const { db, f, actor, decision, d } = setup();
		expect(
			updateDecision(db, actor, d.id, { ...decision, dueDate: '2022-01-01' }, LATER)
		).toMatchObject({ ok: false, errors: { dueDate: 'rt.due_before_meeting' } });
		expect(
			updateDecision(
				db,
				actor,
				d.id,
				{ ...decision, textEn: 'Revised', institutionIds: [f.instB.id], dueDate: '2023-06-30' },
				LATER
			)
		).toEqual({ ok: true });
		const row = db.select().from(action).where(eq(action.id, d.id)).get()!;
		expect(row).toMatchObject({ textEn: 'Revised', dueDate: '2023-06-30', code: d.code });
		expect(onMyActions(db, f.instB.id, d.code)).toBe(true);
		expect(onMyActions(db, f.instA.id, d.code)).toBe(false);
		const [a] = audits(db, 'update_decision');
		expect(JSON.parse(a.before!)).toMatchObject({
			textEn: 'Decision',
			institutionIds: [f.instA.id]
		});
		expect(JSON.parse(a.after!)).toMatchObject({ textEn: 'Revised', institutionIds: [f.instB.id] });
	});

	it('withdraws a reported decision: kept with its report, off My actions, audited, no longer editable', () => {
		const { db, f, actor, decision, d } = setup();
		approveReport(db, {
			actionId: d.id,
			institutionId: f.instA.id,
			periodId: f.periods.h2_2022.id,
			status: 'in_progress',
			approvedAt: new Date('2023-01-10')
		});
		expect(onMyActions(db, f.instA.id, d.code)).toBe(true);
		expect(withdrawDecision(db, actor, d.id, LATER)).toEqual({ ok: true });
		expect(db.select().from(action).where(eq(action.id, d.id)).get()!.withdrawnAt).toEqual(LATER);
		expect(
			db.select().from(progressReport).where(eq(progressReport.actionId, d.id)).all()
		).toHaveLength(1);
		expect(onMyActions(db, f.instA.id, d.code)).toBe(false);
		expect(audits(db, 'withdraw_decision')).toHaveLength(1);
		expect(updateDecision(db, actor, d.id, decision, LATER)).toEqual({
			ok: false,
			error: 'withdrawn'
		});
		expect(withdrawDecision(db, actor, d.id, LATER)).toEqual({ ok: false, error: 'withdrawn' });
	});

	it('counts a withdrawn decision overdue only for review dates before its withdrawal', () => {
		const { db, f, actor, rt } = setup();
		const d = addDecision(
			db,
			actor,
			rt.id,
			{ type: 'D', textAz: 'x', textEn: null, institutionIds: [f.instA.id], dueDate: '2022-12-31' },
			NOW
		);
		if (!d.ok) throw new Error('decision');
		const overdue = (asOf: string) =>
			overdueReports(loadPlanView(db, f.plan.id)!, [], asOf).filter(
				(o) => o.actionId === d.value.id
			);
		expect(overdue('2023-02-01')).toHaveLength(1);
		withdrawDecision(db, actor, d.value.id, LATER);
		expect(overdue('2023-02-01')).toHaveLength(1); // a review as of before the withdrawal
		expect(overdue('2023-03-05')).toEqual([]);
	});

	it('withdraws a round table with all its decisions and then refuses new decisions', () => {
		const { db, actor, input, decision, rt, d } = setup();
		expect(withdrawRoundTable(db, actor, rt.id, LATER)).toEqual({ ok: true });
		expect(getRoundTable(db, rt.id)!.roundTable.withdrawnAt).toEqual(LATER);
		expect(
			db
				.select()
				.from(action)
				.where(and(eq(action.id, d.id)))
				.get()!.withdrawnAt
		).toEqual(LATER);
		const [a] = audits(db, 'withdraw');
		expect(JSON.parse(a.after!).decisions).toEqual([d.code]);
		expect(addDecision(db, actor, rt.id, decision, LATER)).toEqual({
			ok: false,
			errors: { form: 'rt.withdrawn_refused' }
		});
		expect(updateRoundTable(db, actor, rt.id, input, LATER)).toEqual({
			ok: false,
			error: 'withdrawn'
		});
	});

	it('refuses focal points and writes nothing', () => {
		const { db, f, input, decision, rt, d } = setup();
		const fp = { id: f.reviewer.id + 100, role: 'focal_point' };
		const before = db.select().from(auditLog).all().length;
		expect(updateRoundTable(db, fp, rt.id, { ...input, titleEn: 'x' }, LATER)).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect(withdrawRoundTable(db, fp, rt.id, LATER)).toEqual({ ok: false, error: 'forbidden' });
		expect(updateDecision(db, fp, d.id, decision, LATER)).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect(withdrawDecision(db, fp, d.id, LATER)).toEqual({ ok: false, error: 'forbidden' });
		expect(db.select().from(auditLog).all().length).toBe(before);
		expect(getRoundTable(db, rt.id)!.roundTable).toMatchObject({
			titleEn: 'Round table',
			withdrawnAt: null
		});
	});
});
