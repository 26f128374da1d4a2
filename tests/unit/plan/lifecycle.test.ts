import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, plan } from '../../../src/lib/server/db/schema';
import { choosePlan, defaultPlan } from '../../../src/lib/server/plan/current';
import {
	deleteDraftPlan,
	makeCurrent,
	planReportCount,
	setPlanStatus
} from '../../../src/lib/server/plan/lifecycle';
import { createPlan } from '../../../src/lib/server/plan/admin';
import { importPlanGrid } from '../../../src/lib/server/plan-import';
import { myActions } from '../../../src/lib/server/progress/overview';
import { startReport } from '../../../src/lib/server/progress/reports';
import { dashboardPlans } from '../../../src/lib/server/dashboards/results-view';
import { reviewPlans } from '../../../src/lib/server/reviews/plan-view';
import { makeAction, makePeriod, makePlan, makeSection } from '../../factories';
import { makeReport, makeWorld } from '../../factories/progress';
import { createTestDb } from '../../helpers/test-db';
import { HEADER, seedInstitutions } from '../plan-import/fixtures';
import type { DB } from '../../../src/lib/server/db/connect';

const admin = { id: null, role: 'admin' } as const;
const meta = (code: string, startYear = 2025, endYear = 2029) => ({
	code,
	titleAz: code,
	titleEn: code,
	startYear,
	endYear,
	approvalRef: null,
	source: null
});

let db: DB;
beforeEach(() => {
	db = createTestDb();
});

describe('the default plan', () => {
	const p = (id: number, status: 'draft' | 'published' | 'archived', s: number, e: number) => ({
		id,
		status,
		startYear: s,
		endYear: e
	});

	it("is the admin's current plan when it is published", () => {
		const plans = [p(1, 'published', 2020, 2024), p(2, 'published', 2025, 2029)];
		expect(defaultPlan(plans, 2, '2022-05-01')?.id).toBe(2);
		expect(defaultPlan(plans, 1, '2026-05-01')?.id).toBe(1);
	});

	it('else the published plan whose years contain today, never a draft or the newest', () => {
		const plans = [
			p(1, 'published', 2020, 2024),
			p(2, 'draft', 2021, 2025),
			p(3, 'published', 2030, 2034)
		];
		expect(defaultPlan(plans, null, '2022-05-01')?.id).toBe(1);
		// a current id that is a draft does not count
		expect(defaultPlan(plans, 2, '2022-05-01')?.id).toBe(1);
		// between plans: the one that ended last
		expect(defaultPlan(plans, null, '2027-01-01')?.id).toBe(1);
		// before every plan: the first one to come
		expect(defaultPlan(plans, null, '2010-01-01')?.id).toBe(1);
		expect(defaultPlan([p(2, 'draft', 2020, 2024)], null, '2022-01-01')).toBeNull();
	});
});

describe('plan lifecycle', () => {
	it('an imported or created plan is a draft that no one but admins sees', () => {
		const live = makePlan(db, { code: 'LIVE' });
		makeCurrent(db, admin, live.id);
		const created = createPlan(db, admin, meta('NEW1'));
		expect(created.ok).toBe(true);
		seedInstitutions(db);
		const imported = importPlanGrid(db, admin, { plan: meta('NEW2', 2020, 2024) }, [
			HEADER,
			['1.1', 'B', 'S', '', ''],
			['1.1.1', 'a', 'b', 'MIA', '2021']
		]);
		expect(imported).toMatchObject({ ok: true });
		const statuses = db.select({ code: plan.code, status: plan.status }).from(plan).all();
		expect(statuses).toEqual([
			{ code: 'LIVE', status: 'published' },
			{ code: 'NEW1', status: 'draft' },
			{ code: 'NEW2', status: 'draft' }
		]);
		const today = '2022-06-01';
		const forDonor = choosePlan(db, null, { drafts: false, today });
		expect(forDonor.plan?.code).toBe('LIVE');
		expect(forDonor.plans.map((x) => x.code)).toEqual(['LIVE']);
		// a draft asked for by id is not shown to a non-admin
		const draftId = db.select().from(plan).where(eq(plan.code, 'NEW2')).get()!.id;
		expect(choosePlan(db, draftId, { drafts: false, today }).plan?.code).toBe('LIVE');
		// an admin may look at it, but still opens on the current plan
		expect(choosePlan(db, draftId, { drafts: true, today }).plan?.code).toBe('NEW2');
		expect(choosePlan(db, null, { drafts: true, today }).plan?.code).toBe('LIVE');
		expect(dashboardPlans(db, null, today).plan?.code).toBe('LIVE');
		expect(reviewPlans(db, today).map((x) => x.code)).toEqual(['LIVE']);
	});

	it('publishing alone does not move anyone; making it current does', () => {
		const live = makePlan(db, { code: 'LIVE', startYear: 2020, endYear: 2024 });
		makeCurrent(db, admin, live.id);
		const next = createPlan(db, admin, meta('NEXT', 2021, 2025));
		if (!next.ok) throw new Error('create');
		expect(setPlanStatus(db, admin, next.value, 'published')).toEqual({ ok: true });
		expect(dashboardPlans(db, null, '2022-01-01').plan?.code).toBe('LIVE');
		expect(reviewPlans(db, '2022-01-01').map((x) => x.code)).toEqual(['LIVE', 'NEXT']);
		expect(makeCurrent(db, admin, next.value)).toEqual({ ok: true });
		expect(dashboardPlans(db, null, '2022-01-01').plan?.code).toBe('NEXT');
		expect(reviewPlans(db, '2022-01-01')[0].code).toBe('NEXT');
		// the old plan can now be archived, the current one cannot
		expect(setPlanStatus(db, admin, next.value, 'archived')).toMatchObject({
			ok: false,
			error: 'admin_plans.error.archive_current'
		});
		expect(setPlanStatus(db, admin, live.id, 'archived')).toEqual({ ok: true });
		expect(setPlanStatus(db, admin, live.id, 'draft')).toMatchObject({ ok: false });
		const ops = db
			.select({ op: auditLog.operation })
			.from(auditLog)
			.where(eq(auditLog.entity, 'plan'))
			.orderBy(auditLog.id)
			.all()
			.map((r) => r.op);
		expect(ops).toEqual(['make_current', 'create', 'publish', 'make_current', 'archive']);
	});

	it('a draft cannot be made current', () => {
		const d = createPlan(db, admin, meta('D'));
		if (!d.ok) throw new Error('create');
		expect(makeCurrent(db, admin, d.value)).toMatchObject({ ok: false });
	});

	it('deletes a draft with no reports, with its actions and periods', () => {
		const d = createPlan(db, admin, meta('D'));
		if (!d.ok) throw new Error('create');
		const s = makeSection(db, d.value);
		makeAction(db, { planId: d.value, sectionId: s.id }, []);
		makePeriod(db, { planId: d.value });
		expect(deleteDraftPlan(db, admin, d.value)).toEqual({ ok: true });
		expect(db.select().from(plan).all()).toEqual([]);
	});

	it('refuses to delete a published plan or a draft with reports', () => {
		const w = makeWorld(db);
		expect(deleteDraftPlan(db, admin, w.plan.id)).toMatchObject({
			ok: false,
			error: 'admin_plans.error.delete_not_draft'
		});
		db.update(plan).set({ status: 'draft' }).where(eq(plan.id, w.plan.id)).run();
		makeReport(db, { actionId: w.action.id, institutionId: w.instA.id, periodId: w.period.id });
		expect(planReportCount(db, w.plan.id)).toBe(1);
		expect(deleteDraftPlan(db, admin, w.plan.id)).toMatchObject({
			ok: false,
			error: 'admin_plans.error.delete_used'
		});
		expect(db.select().from(plan).all()).toHaveLength(1);
	});

	it("a draft plan's periods and actions stay out of the focal point's work", () => {
		const w = makeWorld(db, { startDate: '2022-01-01', endDate: '2022-06-30' });
		const now = new Date('2022-07-01T00:00:00Z');
		expect(myActions(db, w.instA.id, null, now).periods).toHaveLength(1);
		db.update(plan).set({ status: 'draft' }).where(eq(plan.id, w.plan.id)).run();
		expect(myActions(db, w.instA.id, null, now).periods).toHaveLength(0);
		const me = { id: w.fpA.id, role: 'focal_point' as const, institutionId: w.instA.id };
		expect(
			startReport(db, me, { actionId: w.action.id, periodId: w.period.id }, now)
		).toMatchObject({ ok: false, error: 'not_found' });
	});
});
