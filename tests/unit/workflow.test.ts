import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb } from '../helpers/test-db';
import { makeReport, makeWorld, reportIn, type World } from '../factories/progress';
import { makePeriod } from '../factories';
import {
	availableActions,
	claimVersion,
	listEvents,
	transition,
	type WorkflowAction
} from '../../src/lib/server/workflow';
import {
	auditLog,
	progressReport,
	WORKFLOW_STATES,
	type WorkflowState
} from '../../src/lib/server/db/schema';

type Who = 'ownFocal' | 'otherFocal' | 'reviewer' | 'admin' | 'donor';
const WHO: Who[] = ['ownFocal', 'otherFocal', 'reviewer', 'admin', 'donor'];

// Written out by hand from the issue, not derived from the implementation's table.
const ALLOWED: Record<WorkflowAction, { from: WorkflowState[]; to: WorkflowState; by: Who[] }> = {
	submit: { from: ['draft', 'returned'], to: 'submitted', by: ['ownFocal', 'admin'] },
	withdraw: { from: ['submitted'], to: 'draft', by: ['ownFocal', 'admin'] },
	approve: { from: ['submitted'], to: 'approved', by: ['reviewer', 'admin'] },
	return: { from: ['submitted'], to: 'returned', by: ['reviewer', 'admin'] },
	reopen: { from: ['approved'], to: 'returned', by: ['reviewer', 'admin'] }
};

function actorOf(w: World, who: Who) {
	const u = {
		ownFocal: w.fpA,
		otherFocal: w.fpB,
		reviewer: w.reviewer,
		admin: w.admin,
		donor: w.donor
	}[who];
	return { id: u.id, role: u.role, institutionId: u.institutionId };
}

describe('workflow transitions, every action × state × role', () => {
	for (const act of Object.keys(ALLOWED) as WorkflowAction[]) {
		for (const state of WORKFLOW_STATES) {
			for (const who of WHO) {
				const rule = ALLOWED[act];
				const roleOk = rule.by.includes(who);
				const stateOk = rule.from.includes(state);
				const expected = !roleOk ? 'forbidden' : !stateOk ? 'invalid_transition' : rule.to;
				it(`${act} from ${state} by ${who} → ${expected}`, () => {
					const db = createTestDb();
					const w = makeWorld(db);
					const r = reportIn(db, w, state);
					const res = transition(db, actorOf(w, who), {
						subjectType: 'progress',
						subjectId: r.id,
						action: act,
						expectedVersion: 1,
						reason: 'a reason'
					});
					const after = db.select().from(progressReport).where(eq(progressReport.id, r.id)).get()!;
					const events = listEvents(db, 'progress', r.id);
					if (expected === 'forbidden' || expected === 'invalid_transition') {
						expect(res).toEqual({ ok: false, error: expected });
						expect(after.state).toBe(state);
						expect(after.version).toBe(1);
						expect(events).toHaveLength(0);
						expect(db.select().from(auditLog).all()).toHaveLength(0);
					} else {
						expect(res).toEqual({ ok: true, state: expected, version: 2 });
						expect(after.state).toBe(expected);
						expect(after.version).toBe(2);
						expect(events).toHaveLength(1);
						expect(events[0]).toMatchObject({ fromState: state, toState: expected });
						const audit = db.select().from(auditLog).all();
						expect(audit).toHaveLength(1);
						expect(audit[0]).toMatchObject({
							entity: 'progress_report',
							entityId: String(r.id),
							operation: act
						});
					}
				});
			}
		}
	}
});

describe('workflow rules', () => {
	it('availableActions lists exactly what the actor may do now', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		expect(availableActions(actorOf(w, 'ownFocal'), 'draft', w.instA.id)).toEqual(['submit']);
		expect(availableActions(actorOf(w, 'ownFocal'), 'submitted', w.instA.id)).toEqual(['withdraw']);
		expect(availableActions(actorOf(w, 'otherFocal'), 'draft', w.instA.id)).toEqual([]);
		expect(availableActions(actorOf(w, 'reviewer'), 'submitted', w.instA.id)).toEqual([
			'approve',
			'return'
		]);
		expect(availableActions(actorOf(w, 'reviewer'), 'approved', w.instA.id)).toEqual(['reopen']);
		expect(availableActions(actorOf(w, 'donor'), 'submitted', w.instA.id)).toEqual([]);
	});

	it('return and reopen need a reason; blank is not a reason', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = reportIn(db, w, 'submitted');
		const base = { subjectType: 'progress' as const, subjectId: r.id, expectedVersion: 1 };
		expect(
			transition(db, actorOf(w, 'reviewer'), { ...base, action: 'return', reason: '   ' })
		).toEqual({
			ok: false,
			error: 'reason_required'
		});
		const ok = transition(db, actorOf(w, 'reviewer'), {
			...base,
			action: 'return',
			reason: ' Add the dates '
		});
		expect(ok.ok).toBe(true);
		const row = db.select().from(progressReport).where(eq(progressReport.id, r.id)).get()!;
		expect(row.returnReason).toBe('Add the dates');
		expect(listEvents(db, 'progress', r.id)[0].reason).toBe('Add the dates');
		const a = db.select().from(progressReport).where(eq(progressReport.id, r.id)).get()!;
		expect(a.reviewedBy).toBe(w.reviewer.id);

		const other = makePeriod(db, { planId: w.plan.id });
		const approved = makeReport(db, {
			actionId: w.action.id,
			institutionId: w.instA.id,
			periodId: other.id,
			state: 'approved'
		});
		expect(
			transition(db, actorOf(w, 'reviewer'), {
				subjectType: 'progress',
				subjectId: approved.id,
				action: 'reopen',
				expectedVersion: 1
			})
		).toEqual({ ok: false, error: 'reason_required' });
	});

	it('a stale version is a conflict and changes nothing', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = reportIn(db, w, 'draft');
		const first = transition(db, actorOf(w, 'ownFocal'), {
			subjectType: 'progress',
			subjectId: r.id,
			action: 'submit',
			expectedVersion: 1
		});
		expect(first).toEqual({ ok: true, state: 'submitted', version: 2 });
		const second = transition(db, actorOf(w, 'reviewer'), {
			subjectType: 'progress',
			subjectId: r.id,
			action: 'approve',
			expectedVersion: 1
		});
		expect(second).toEqual({ ok: false, error: 'conflict' });
		expect(listEvents(db, 'progress', r.id)).toHaveLength(1);
	});

	it('a full cycle keeps the whole history in order, with reasons', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = reportIn(db, w, 'draft');
		const fp = actorOf(w, 'ownFocal');
		const rv = actorOf(w, 'reviewer');
		const t = (h: number) => new Date(Date.UTC(2024, 0, 1, h));
		const go = (a: typeof fp, action: WorkflowAction, v: number, h: number, reason?: string) =>
			transition(db, a, {
				subjectType: 'progress',
				subjectId: r.id,
				action,
				expectedVersion: v,
				reason,
				now: t(h)
			});
		expect(go(fp, 'submit', 1, 1).ok).toBe(true);
		expect(go(rv, 'return', 2, 2, 'Percent missing').ok).toBe(true);
		expect(go(fp, 'submit', 3, 3).ok).toBe(true);
		expect(go(rv, 'approve', 4, 4).ok).toBe(true);
		expect(go(rv, 'reopen', 5, 5, 'Wrong figures').ok).toBe(true);
		const ev = listEvents(db, 'progress', r.id);
		expect(ev.map((e) => `${e.fromState}>${e.toState}:${e.reason ?? ''}`)).toEqual([
			'draft>submitted:',
			'submitted>returned:Percent missing',
			'returned>submitted:',
			'submitted>approved:',
			'approved>returned:Wrong figures'
		]);
		expect(ev.map((e) => e.at.getTime())).toEqual([1, 2, 3, 4, 5].map((h) => t(h).getTime()));
	});

	it('a precheck can refuse inside the transaction, leaving no trace', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = reportIn(db, w, 'draft');
		const res = transition(db, actorOf(w, 'ownFocal'), {
			subjectType: 'progress',
			subjectId: r.id,
			action: 'submit',
			expectedVersion: 1,
			precheck: (row) =>
				row.institutionId === w.instA.id ? { ok: false, error: 'period_closed' } : null
		});
		expect(res).toEqual({ ok: false, error: 'period_closed' });
		expect(db.select().from(auditLog).all()).toHaveLength(0);
	});

	it('claimVersion bumps once; the second claim from the same version fails', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = reportIn(db, w, 'draft');
		const now = new Date();
		expect(claimVersion(db, 'progress', r.id, 1, w.fpA.id, now)).toBe(true);
		expect(claimVersion(db, 'progress', r.id, 1, w.fpA.id, now)).toBe(false);
		expect(db.select().from(progressReport).get()!.version).toBe(2);
	});

	it('unknown subjects are not_found', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		expect(
			transition(db, actorOf(w, 'admin'), {
				subjectType: 'progress',
				subjectId: 999,
				action: 'approve',
				expectedVersion: 1
			})
		).toEqual({ ok: false, error: 'not_found' });
	});
});
