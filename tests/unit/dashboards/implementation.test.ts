import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb } from '../../helpers/test-db';
import { makeAction, makeInstitution, makePeriod, makePlan, makeSection } from '../../factories';
import { progressReport, statValue, workflowEvent } from '../../../src/lib/server/db/schema';
import {
	actionsAsOf,
	completenessByInstitution,
	countByAim
} from '../../../src/lib/server/dashboards/implementation-sql';
import { implementationTables } from '../../../src/lib/server/dashboards/implementation';
import { cached, invalidateAggregates } from '../../../src/lib/server/dashboards/cache';
import { transition } from '../../../src/lib/server/workflow';
import { approvedStatReport, defineStatistics } from '../../factories/stat-fixtures';
import type { DB } from '../../../src/lib/server/db/connect';

let db: DB;
let ids: Record<string, number>;
const period = (code: string, start: string, end: string, due: string, planId: number) =>
	makePeriod(db, {
		planId,
		scope: 'progress',
		kind: 'half',
		code,
		startDate: start,
		endDate: end,
		dueDate: due
	});

beforeEach(() => {
	db = createTestDb();
	const plan = makePlan(db, { startYear: 2020, endYear: 2024 });
	const aim1 = makeSection(db, plan.id, { code: '4.1', sortOrder: 1 });
	const aim2 = makeSection(db, plan.id, { code: '4.2', sortOrder: 2 });
	const i1 = makeInstitution(db).id;
	const i2 = makeInstitution(db).id;
	const p1 = period('2021-H1', '2021-01-01', '2021-06-30', '2021-07-15', plan.id);
	const p2 = period('2021-H2', '2021-07-01', '2021-12-31', '2022-01-20', plan.id);
	const act = (
		sectionId: number,
		code: string,
		endYear: number,
		links: [number, 'lead' | 'co'][]
	) =>
		makeAction(
			db,
			{ planId: plan.id, sectionId, code, startYear: 2020, endYear },
			links.map(([institutionId, role]) => ({ institutionId, role }))
		).id;
	const a = act(aim1.id, '4.1.1', 2021, [[i1, 'lead']]);
	const b = act(aim1.id, '4.1.2', 2020, [[i1, 'lead']]);
	const c = act(aim2.id, '4.2.1', 2020, [[i1, 'lead']]);
	const d = act(aim2.id, '4.2.2', 2024, [
		[i1, 'lead'],
		[i2, 'co']
	]);
	const e = act(aim2.id, '4.2.3', 2024, [[i2, 'lead']]);
	const rep = (
		actionId: number,
		institutionId: number,
		periodId: number,
		status: string,
		percent: number | null,
		state = 'approved',
		submittedAt?: string
	) => {
		const r = db
			.insert(progressReport)
			.values({
				actionId,
				institutionId,
				periodId,
				status: status as 'completed',
				percent,
				state: state as 'approved'
			})
			.returning()
			.get();
		if (submittedAt)
			db.insert(workflowEvent)
				.values({
					subjectType: 'progress',
					subjectId: r.id,
					toState: 'submitted',
					at: new Date(submittedAt)
				})
				.run();
		return r.id;
	};
	rep(a, i1, p1.id, 'completed', 100, 'approved', '2021-07-10T10:00:00Z');
	rep(b, i1, p2.id, 'completed', null, 'approved', '2022-02-01T10:00:00Z');
	rep(c, i1, p1.id, 'in_progress', 30);
	rep(d, i1, p2.id, 'in_progress', 40, 'approved', '2022-01-10T10:00:00Z');
	rep(d, i2, p2.id, 'completed', 100);
	rep(e, i2, p2.id, 'completed', 100, 'submitted', '2022-01-05T10:00:00Z');
	ids = { plan: plan.id, aim1: aim1.id, aim2: aim2.id, p2: p2.id, i1, i2, a, b, c, d, e };
});

const asOf = () => ({ planId: ids.plan, end: '2021-12-31', institutionId: null });
const counts = (by: 'status' | 'timing') =>
	Object.fromEntries(
		countByAim(db, asOf(), by).map((r) => [`${r.sectionId === ids.aim1 ? 1 : 2}:${r.key}`, r.n])
	);

describe('implementation aggregates', () => {
	it('counts each action once, combining its bodies by the one rule (the lead report opens)', () => {
		expect(counts('status')).toEqual({
			'1:completed': 2,
			'2:in_progress': 1,
			'2:partially_completed': 1,
			'2:no_report': 1
		});
		// d: the lead in progress at 40%, the co-implementer completed → partially, mean 70%
		const d = actionsAsOf(db, asOf(), ids.aim2).find((x) => x.id === ids.d)!;
		expect(d).toMatchObject({
			status: 'partially_completed',
			percent: 70,
			reportInstitution: ids.i1
		});
	});

	it('tells completed on time from late, and delayed from on track', () => {
		expect(counts('timing')).toEqual({
			'1:on_time': 1,
			'1:late': 1,
			'2:delayed': 1,
			'2:on_track': 1,
			'2:no_report': 1
		});
	});

	it('measures reporting completeness against the due date, by first submission', () => {
		const rows = completenessByInstitution(db, ids.p2, null);
		const of = (inst: number) =>
			Object.fromEntries(rows.filter((r) => r.institutionId === inst).map((r) => [r.key, r.n]));
		// i1 owes a (no 2021-H2 report: missing) and d (on time); b and c ended in 2020
		expect(of(ids.i1)).toEqual({ missing: 1, on_time: 1 });
		// i2: d (co, approved without a submission event) and e (submitted on time)
		expect(of(ids.i2)).toEqual({ not_submitted: 1, on_time: 1 });
	});

	it('builds tables whose totals add up, with drill-down links for staff only', () => {
		const period = { id: ids.p2, code: '2021-H2', endDate: '2021-12-31' };
		const staff = implementationTables(db, {
			planId: ids.plan,
			period,
			institutionId: null,
			aim: null,
			staff: true,
			query: ''
		});
		expect(staff.map((t) => t.id)).toEqual(['status', 'timing', 'percent', 'completeness']);
		const status = staff[0];
		expect(status.rows.find((r) => r.total)!.cells.at(-1)).toEqual({ shown: 5 });
		expect(status.rows[0].href).toBe('/dashboard/aims/1');
		expect(status.summary?.en).toContain('5');
		const donor = implementationTables(db, {
			planId: ids.plan,
			period,
			institutionId: null,
			aim: null,
			staff: false,
			query: ''
		});
		expect(donor.map((t) => t.id)).toEqual(['status', 'timing', 'percent']);
		expect(donor[0].rows.every((r) => r.href === undefined)).toBe(true);
	});
});

describe('aggregate cache', () => {
	it('serves cached figures until invalidated or until the database is written', () => {
		let source = 1;
		const read = () => cached(db, 'test:source', () => source);
		expect(read()).toBe(1);
		source = 2;
		expect(read()).toBe(1);
		invalidateAggregates();
		expect(read()).toBe(2);
		// a write that bypasses the workflow (a seed, an import) is noticed too
		const metricIds = defineStatistics(db);
		const r = approvedStatReport(db, metricIds, {
			institutionId: ids.i1,
			year: 2021,
			values: [['victims_identified', '', 10]]
		});
		const value = () =>
			cached(
				db,
				'test:victims',
				() => db.select().from(statValue).where(eq(statValue.reportId, r.id)).get()!.value
			);
		expect(value()).toBe(10);
		db.update(statValue).set({ value: 11 }).where(eq(statValue.reportId, r.id)).run();
		expect(value()).toBe(11);
	});

	it('approving through the workflow refreshes what dashboards read', () => {
		const metricIds = defineStatistics(db);
		const s = approvedStatReport(db, metricIds, {
			institutionId: ids.i2,
			year: 2021,
			values: [['victims_identified', '', 3]],
			state: 'submitted'
		});
		const count = () => cached(db, 'test:approved', () => db.select().from(statValue).all().length);
		expect(count()).toBe(1);
		const res = transition(
			db,
			{ id: null, role: 'reviewer', institutionId: null },
			{ subjectType: 'statistics', subjectId: s.id, action: 'approve', expectedVersion: 1 }
		);
		expect(res).toMatchObject({ ok: true, state: 'approved' });
		let source = 'before';
		const probe = () => cached(db, 'test:probe', () => source);
		expect(probe()).toBe('before');
		source = 'after';
		// the approval's invalidation and write leave the cache fresh for the next read
		transition(
			db,
			{ id: null, role: 'reviewer', institutionId: null },
			{
				subjectType: 'statistics',
				subjectId: s.id,
				action: 'reopen',
				expectedVersion: 2,
				reason: 'check'
			}
		);
		expect(probe()).toBe('after');
	});
});
