import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb } from '../../helpers/test-db';
import { makeInstitution } from '../../factories';
import { approveReport, makeProgressReport, makeReviewPlan } from '../../factories/reviews';
import {
	addDecision,
	createRoundTable,
	getRoundTable,
	listRoundTables
} from '../../../src/lib/server/reviews/round-tables';
import { decisionProgress } from '../../../src/lib/server/reviews/decision-status';
import { parseRoundTableForm } from '../../../src/lib/server/forms/round-table-form';
import { parseDecisionForm } from '../../../src/lib/server/forms/decision-form';
import { action, actionInstitution, auditLog } from '../../../src/lib/server/db/schema';
import { loadPlanView } from '../../../src/lib/server/reviews/plan-view';
import { overdueReports } from '../../../src/lib/server/reviews/status';

const NOW = new Date('2023-03-01T10:00:00Z');

function fd(entries: [string, string][]) {
	const f = new FormData();
	for (const [k, v] of entries) f.append(k, v);
	return f;
}

function setup() {
	const db = createTestDb();
	const f = makeReviewPlan(db);
	const actor = { id: f.reviewer.id, role: 'reviewer' };
	const rt = createRoundTable(
		db,
		actor,
		{
			planId: f.plan.id,
			heldOn: '2022-10-04',
			titleAz: 'Dəyirmi masa',
			titleEn: null,
			notesAz: null,
			notesEn: null,
			snapshotId: null,
			participants: [f.instA.id, f.instB.id]
		},
		NOW
	);
	if (!rt.ok) throw new Error('round table');
	return { db, f, actor, rt: rt.value };
}

describe('round tables', () => {
	it('records a meeting with its participants, filling the missing title from the other language', () => {
		const { db, rt } = setup();
		expect(rt.titleEn).toBe('Dəyirmi masa');
		const full = getRoundTable(db, rt.id)!;
		expect(full.participants).toHaveLength(2);
		expect(listRoundTables(db)[0]).toMatchObject({
			id: rt.id,
			participantCount: 2,
			decisionCount: 0
		});
		expect(db.select().from(auditLog).where(eq(auditLog.entity, 'round_table')).all()).toHaveLength(
			1
		);
	});

	it('adds decisions as actions of kind "decision" assigned to each institution as lead', () => {
		const { db, f, actor, rt } = setup();
		const d1 = addDecision(
			db,
			actor,
			rt.id,
			{
				type: 'D',
				textAz: 'Qərar',
				textEn: 'Decision',
				institutionIds: [f.instA.id, f.instB.id],
				dueDate: '2023-06-30'
			},
			NOW
		);
		const r1 = addDecision(
			db,
			actor,
			rt.id,
			{
				type: 'R',
				textAz: null,
				textEn: 'Recommendation',
				institutionIds: [f.instB.id],
				dueDate: '2024-01-31'
			},
			NOW
		);
		const d2 = addDecision(
			db,
			actor,
			rt.id,
			{
				type: 'D',
				textAz: 'İkinci',
				textEn: null,
				institutionIds: [f.instA.id],
				dueDate: '2023-01-31'
			},
			NOW
		);
		if (!d1.ok || !r1.ok || !d2.ok) throw new Error('decision');
		expect([d1.value.code, r1.value.code, d2.value.code]).toEqual([
			`RT${rt.id}.D1`,
			`RT${rt.id}.R1`,
			`RT${rt.id}.D2`
		]);
		expect(d1.value).toMatchObject({
			kind: 'decision',
			roundTableId: rt.id,
			dueDate: '2023-06-30',
			startYear: 2022,
			endYear: 2023,
			sectionId: null
		});
		const links = db
			.select()
			.from(actionInstitution)
			.where(eq(actionInstitution.actionId, d1.value.id))
			.all();
		expect(links.map((l) => [l.institutionId, l.role])).toEqual([
			[f.instA.id, 'lead'],
			[f.instB.id, 'lead']
		]);
		// the institution's assignments (what "My actions" lists) include the decision
		const mine = db
			.select({ code: action.code, kind: action.kind })
			.from(actionInstitution)
			.innerJoin(action, eq(action.id, actionInstitution.actionId))
			.where(eq(actionInstitution.institutionId, f.instB.id))
			.all();
		expect(mine).toEqual(
			expect.arrayContaining([
				{ code: `RT${rt.id}.D1`, kind: 'decision' },
				{ code: `RT${rt.id}.R1`, kind: 'decision' }
			])
		);
	});

	it('refuses a deadline before the meeting and unknown institutions', () => {
		const { db, f, actor, rt } = setup();
		expect(
			addDecision(
				db,
				actor,
				rt.id,
				{
					type: 'D',
					textAz: 'x',
					textEn: null,
					institutionIds: [f.instA.id],
					dueDate: '2022-10-03'
				},
				NOW
			)
		).toEqual({ ok: false, errors: { dueDate: 'rt.due_before_meeting' } });
		expect(
			addDecision(
				db,
				actor,
				rt.id,
				{ type: 'D', textAz: 'x', textEn: null, institutionIds: [99999], dueDate: '2023-01-01' },
				NOW
			)
		).toEqual({ ok: false, errors: { institutions: 'rt.unknown_institution' } });
		expect(
			addDecision(
				db,
				actor,
				99999,
				{
					type: 'D',
					textAz: 'x',
					textEn: null,
					institutionIds: [f.instA.id],
					dueDate: '2023-01-01'
				},
				NOW
			).ok
		).toBe(false);
		expect(db.select().from(action).where(eq(action.kind, 'decision')).all()).toHaveLength(0);
	});

	it('tracks a decision until every assigned institution reports it completed', () => {
		const { db, f, actor, rt } = setup();
		const d = addDecision(
			db,
			actor,
			rt.id,
			{
				type: 'D',
				textAz: 'x',
				textEn: null,
				institutionIds: [f.instA.id, f.instB.id],
				dueDate: '2023-01-31'
			},
			NOW
		);
		if (!d.ok) throw new Error('decision');
		const dec = {
			id: d.value.id,
			dueDate: d.value.dueDate,
			institutionIds: [f.instA.id, f.instB.id]
		};
		let p = decisionProgress(db, [dec], NOW).get(d.value.id)!;
		expect(p).toMatchObject({ status: 'no_report', done: false, overdue: true });
		approveReport(db, {
			actionId: d.value.id,
			institutionId: f.instA.id,
			periodId: f.periods.h2_2022.id,
			status: 'completed',
			approvedAt: new Date('2023-01-25')
		});
		makeProgressReport(db, {
			actionId: d.value.id,
			institutionId: f.instB.id,
			periodId: f.periods.h2_2022.id,
			status: 'completed',
			state: 'submitted'
		});
		p = decisionProgress(db, [dec], NOW).get(d.value.id)!;
		expect(p.status).toBe('partially_completed');
		expect(p.byInstitution.get(f.instB.id)).toEqual({ status: 'no_report', pending: true });
		approveReport(db, {
			actionId: d.value.id,
			institutionId: f.instB.id,
			periodId: f.periods.h1_2022.id,
			status: 'completed',
			approvedAt: new Date('2023-02-01')
		});
		p = decisionProgress(db, [dec], NOW).get(d.value.id)!;
		expect(p).toMatchObject({ status: 'completed', done: true, overdue: false });
	});

	it('asks for reports on a decision only for periods after its meeting', () => {
		const { db, f, actor, rt } = setup();
		const d = addDecision(
			db,
			actor,
			rt.id,
			{ type: 'D', textAz: 'x', textEn: null, institutionIds: [f.instA.id], dueDate: '2023-12-31' },
			NOW
		);
		if (!d.ok) throw new Error('decision');
		const view = loadPlanView(db, f.plan.id)!;
		const due = (asOf: string) =>
			overdueReports(view, [], asOf).filter((o) => o.actionId === d.value.id);
		expect(due('2022-12-01')).toEqual([]); // 2022-H1 ended before the meeting
		expect(due('2023-02-01')).toEqual([
			{ actionId: d.value.id, institutionId: f.instA.id, periodId: f.periods.h2_2022.id }
		]);
	});

	it('parses the forms, echoing what was typed and reporting every problem', () => {
		const bad = parseRoundTableForm(
			fd([
				['heldOn', '2022-13-40'],
				['planId', '1'],
				['participants', '3'],
				['participants', 'x'],
				['notesEn', 'n']
			])
		);
		expect(bad).toMatchObject({
			ok: false,
			errors: {
				heldOn: 'reviews.date_invalid',
				titleAz: 'rt.title_required',
				participants: 'rt.unknown_institution'
			}
		});
		if (!bad.ok) expect(bad.values).toMatchObject({ notesEn: 'n', participants: '3,x' });
		const good = parseRoundTableForm(
			fd([
				['heldOn', '2022-10-04'],
				['planId', '1'],
				['titleEn', ' RT '],
				['participants', '3'],
				['participants', '3'],
				['participants', '5']
			])
		);
		expect(good).toEqual({
			ok: true,
			data: {
				planId: 1,
				heldOn: '2022-10-04',
				titleAz: null,
				titleEn: 'RT',
				notesAz: null,
				notesEn: null,
				snapshotId: null,
				participants: [3, 5]
			}
		});
		const dec = parseDecisionForm(
			fd([
				['type', 'X'],
				['dueDate', '']
			])
		);
		expect(dec).toMatchObject({
			ok: false,
			errors: {
				type: 'error.required',
				textAz: 'rt.text_required',
				dueDate: 'error.required',
				institutions: 'rt.choose_institution'
			}
		});
		expect(
			parseDecisionForm(
				fd([
					['type', 'R'],
					['textEn', 'Do it'],
					['dueDate', '2023-01-01'],
					['institutions', '4']
				])
			)
		).toEqual({
			ok: true,
			data: { type: 'R', textAz: null, textEn: 'Do it', institutionIds: [4], dueDate: '2023-01-01' }
		});
	});
});

describe('an institution not at the meeting can still be assigned', () => {
	it('accepts any existing institution', () => {
		const { db, actor, rt } = setup();
		const other = makeInstitution(db);
		expect(
			addDecision(
				db,
				actor,
				rt.id,
				{ type: 'D', textAz: 'x', textEn: null, institutionIds: [other.id], dueDate: '2023-01-01' },
				NOW
			).ok
		).toBe(true);
	});
});
