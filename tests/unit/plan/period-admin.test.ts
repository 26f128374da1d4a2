import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, reportingPeriod } from '../../../src/lib/server/db/schema';
import {
	generatePeriods,
	listPeriods,
	periodSlices,
	setDueDate,
	setPeriodStatus
} from '../../../src/lib/server/period-admin';
import { makePlan } from '../../factories';
import { createTestDb } from '../../helpers/test-db';
import type { DB } from '../../../src/lib/server/db/connect';

const admin = { id: null, role: 'admin' };
let db: DB;
let planId: number;

beforeEach(() => {
	db = createTestDb();
	planId = makePlan(db, { startYear: 2020, endYear: 2021 }).id;
});

describe('periodSlices', () => {
	it('covers the years by kind, with correct month ends', () => {
		expect(periodSlices('year', 2020, 2021).map((s) => s.code)).toEqual(['2020', '2021']);
		expect(periodSlices('half', 2020, 2020)).toEqual([
			{ code: '2020-H1', startDate: '2020-01-01', endDate: '2020-06-30' },
			{ code: '2020-H2', startDate: '2020-07-01', endDate: '2020-12-31' }
		]);
		expect(periodSlices('quarter', 2021, 2021).map((s) => [s.code, s.endDate])).toEqual([
			['2021-Q1', '2021-03-31'],
			['2021-Q2', '2021-06-30'],
			['2021-Q3', '2021-09-30'],
			['2021-Q4', '2021-12-31']
		]);
	});
});

describe('generatePeriods', () => {
	it('creates periods with due dates and skips existing codes', () => {
		const r = generatePeriods(db, admin, { planId, kind: 'half', scope: 'progress', dueDays: 15 });
		expect(r).toEqual({
			ok: true,
			created: ['2020-H1', '2020-H2', '2021-H1', '2021-H2'],
			skipped: []
		});
		expect(listPeriods(db, planId).map((p) => [p.code, p.dueDate, p.status])).toEqual([
			['2020-H1', '2020-07-15', 'open'],
			['2020-H2', '2021-01-15', 'open'],
			['2021-H1', '2021-07-15', 'open'],
			['2021-H2', '2022-01-15', 'open']
		]);
		const again = generatePeriods(db, admin, {
			planId,
			kind: 'half',
			scope: 'progress',
			dueDays: 30
		});
		expect(again).toMatchObject({
			created: [],
			skipped: ['2020-H1', '2020-H2', '2021-H1', '2021-H2']
		});
		// statistics periods are separate
		expect(
			generatePeriods(db, admin, { planId, kind: 'year', scope: 'statistics', dueDays: 60 })
		).toMatchObject({ created: ['2020', '2021'] });
		expect(
			db.select().from(auditLog).where(eq(auditLog.entity, 'reporting_period')).all()
		).toHaveLength(6);
	});
});

describe('due dates and status', () => {
	it('edits a due date, refusing stale forms and dates before the end', () => {
		generatePeriods(db, admin, { planId, kind: 'year', scope: 'progress', dueDays: 20 });
		const p = listPeriods(db, planId)[0];
		expect(setDueDate(db, admin, p.id, '2020-12-30', p.dueDate)).toMatchObject({
			ok: false,
			key: 'periods.error.due_before_end'
		});
		expect(setDueDate(db, admin, p.id, '2021-02-01', p.dueDate)).toEqual({ ok: true });
		expect(setDueDate(db, admin, p.id, '2021-03-01', p.dueDate)).toMatchObject({
			ok: false,
			key: 'error.conflict'
		});
		expect(
			db.select().from(reportingPeriod).where(eq(reportingPeriod.id, p.id)).get()!.dueDate
		).toBe('2021-02-01');
	});

	it('opens and closes', () => {
		generatePeriods(db, admin, { planId, kind: 'year', scope: 'progress', dueDays: 20 });
		const p = listPeriods(db, planId)[0];
		expect(setPeriodStatus(db, admin, p.id, 'closed')).toEqual({ ok: true });
		expect(listPeriods(db, planId)[0].status).toBe('closed');
		expect(setPeriodStatus(db, admin, 999, 'open')).toMatchObject({ key: 'error.not_found' });
	});
});
