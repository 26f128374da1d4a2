import { beforeEach, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import {
	action,
	actionInstitution,
	auditLog,
	indicatorValue,
	planSection
} from '../../../src/lib/server/db/schema';
import {
	actionStamp,
	createPlan,
	planStamp,
	sectionStamp,
	updateAction,
	updatePlan,
	updateSection
} from '../../../src/lib/server/plan/admin';
import {
	addIndicator,
	indicatorStamp,
	removeIndicator,
	updateIndicator
} from '../../../src/lib/server/plan/indicators';
import { browsePlan } from '../../../src/lib/server/plan/browse';
import { makeAction, makeInstitution, makePeriod, makeSection } from '../../factories';
import { progressReport, indicator } from '../../../src/lib/server/db/schema';
import { createTestDb } from '../../helpers/test-db';
import { setup } from '../plan-import/fixtures';
import type { DB } from '../../../src/lib/server/db/connect';

const admin = { id: null, role: 'admin' };
let db: DB;
let ctx: ReturnType<typeof setup>;
let actionId: number;
const audits = () => db.select({ n: count() }).from(auditLog).get()!.n;

beforeEach(() => {
	db = createTestDb();
	ctx = setup(db);
	const s = makeSection(db, ctx.plan.id, { code: '4.1' });
	actionId = makeAction(db, { planId: ctx.plan.id, sectionId: s.id, code: '4.1.1' }, [
		{ institutionId: ctx.inst.MIA.id, role: 'lead' }
	]).id;
});

const edit = (o: Partial<Parameters<typeof updateAction>[3]> = {}) => ({
	textAz: 'Yeni İSTİSMAR mətni',
	textEn: null,
	startYear: 2021,
	endYear: 2022,
	sample: true,
	source: 'src',
	note: null,
	bodies: [
		{ institutionId: ctx.inst.PGO.id, role: 'lead' as const },
		{ institutionId: ctx.inst.MIA.id, role: 'co' as const }
	],
	...o
});

describe('updateAction', () => {
	it('saves texts, period, flags and bodies, refolds the search text, and audits', () => {
		const r = updateAction(db, admin, actionId, edit(), actionStamp(db, actionId)!);
		expect(r.ok).toBe(true);
		expect(db.select().from(action).where(eq(action.id, actionId)).get()).toMatchObject({
			textAz: 'Yeni İSTİSMAR mətni',
			textEn: null,
			sample: true,
			startYear: 2021
		});
		expect(browsePlan(db, { planId: ctx.plan.id, q: 'istismar' }).actions.map((a) => a.id)).toEqual(
			[actionId]
		);
		expect(
			db.select().from(actionInstitution).where(eq(actionInstitution.actionId, actionId)).all()
		).toHaveLength(2);
		const a = db.select().from(auditLog).where(eq(auditLog.entity, 'action')).get()!;
		expect(JSON.parse(a.before!).bodies).toEqual([
			{ institutionId: ctx.inst.MIA.id, role: 'lead' }
		]);
	});

	it('refuses a stale form (someone saved in between) and keeps the other save', () => {
		const stamp = actionStamp(db, actionId)!;
		expect(updateAction(db, admin, actionId, edit({ note: 'first' }), stamp).ok).toBe(true);
		expect(updateAction(db, admin, actionId, edit({ note: 'second' }), stamp)).toMatchObject({
			ok: false,
			errors: { form: 'error.conflict' }
		});
		expect(db.select().from(action).where(eq(action.id, actionId)).get()!.note).toBe('first');
	});

	it('validates years against the plan, text and leads, writing nothing', () => {
		const stamp = actionStamp(db, actionId)!;
		const before = audits();
		expect(updateAction(db, admin, actionId, edit({ startYear: 2019 }), stamp)).toMatchObject({
			errors: { startYear: 'admin_plans.error.years_outside' }
		});
		expect(
			updateAction(db, admin, actionId, edit({ startYear: 2023, endYear: 2021 }), stamp)
		).toMatchObject({ errors: { endYear: 'admin_plans.error.years_reversed' } });
		expect(updateAction(db, admin, actionId, edit({ textAz: null }), stamp)).toMatchObject({
			errors: { textAz: 'admin_plans.error.text_missing' }
		});
		expect(
			updateAction(
				db,
				admin,
				actionId,
				edit({
					bodies: [
						{ institutionId: ctx.inst.PGO.id, role: 'lead' },
						{ institutionId: ctx.inst.MIA.id, role: 'lead' }
					]
				}),
				stamp
			)
		).toMatchObject({ errors: { bodies: 'admin_plans.error.two_leads' } });
		expect(audits()).toBe(before);
	});
});

describe('plan and section metadata', () => {
	const meta = {
		code: 'NAP',
		titleAz: 'Plan',
		titleEn: 'Plan',
		startYear: 2020,
		endYear: 2024,
		approvalRef: 'Order 1',
		source: null
	};

	it('creates a plan once per code', () => {
		expect(createPlan(db, admin, { ...meta, code: 'P2' }).ok).toBe(true);
		expect(createPlan(db, admin, { ...meta, code: 'P2' })).toMatchObject({
			ok: false,
			errors: { code: 'admin_plans.error.code_taken' }
		});
	});

	it('updates a plan unless its actions would fall outside the new years', () => {
		expect(
			updatePlan(db, admin, ctx.plan.id, { ...meta, startYear: 2021 }, planStamp(db, ctx.plan.id)!)
		).toMatchObject({
			ok: false,
			errors: { startYear: 'admin_plans.error.actions_outside' }
		});
		expect(
			updatePlan(
				db,
				admin,
				ctx.plan.id,
				{ ...meta, approvalRef: 'Order 2' },
				planStamp(db, ctx.plan.id)!
			).ok
		).toBe(true);
		expect(updatePlan(db, admin, ctx.plan.id, meta, 'stale')).toMatchObject({
			errors: { form: 'error.conflict' }
		});
	});

	it('updates a section with its stamp', () => {
		const s = db.select().from(planSection).get()!;
		expect(
			updateSection(db, admin, s.id, { titleAz: 'A', titleEn: 'B', source: null }, sectionStamp(s))
				.ok
		).toBe(true);
		expect(
			updateSection(db, admin, s.id, { titleAz: 'C', titleEn: 'D', source: null }, sectionStamp(s))
		).toMatchObject({ errors: { form: 'error.conflict' } });
	});
});

describe('indicators', () => {
	const input = {
		nameAz: 'Təlim keçmiş hakimlər',
		nameEn: 'Judges trained',
		unit: 'persons',
		baseline: 0,
		milestone: 50,
		target: 120
	};

	it('adds, updates and removes, audited', () => {
		const added = addIndicator(db, admin, actionId, input);
		expect(added.ok).toBe(true);
		const id = added.ok ? added.value : 0;
		const row = db.select().from(indicator).where(eq(indicator.id, id)).get()!;
		expect(
			updateIndicator(db, admin, actionId, id, { ...input, target: 150 }, indicatorStamp(row)).ok
		).toBe(true);
		expect(
			updateIndicator(db, admin, actionId, id, { ...input, target: 99 }, indicatorStamp(row))
		).toMatchObject({ errors: { form: 'error.conflict' } });
		expect(removeIndicator(db, admin, actionId, id).ok).toBe(true);
		expect(db.select().from(indicator).all()).toEqual([]);
		expect(
			db
				.select()
				.from(auditLog)
				.where(eq(auditLog.entity, 'indicator'))
				.all()
				.map((a) => a.operation)
		).toEqual(['create', 'update', 'delete']);
	});

	it('will not touch an indicator through another action', () => {
		const other = makeAction(db, { planId: ctx.plan.id, code: '4.1.2' });
		const added = addIndicator(db, admin, actionId, input);
		const id = added.ok ? added.value : 0;
		expect(removeIndicator(db, admin, other.id, id)).toMatchObject({
			errors: { form: 'error.not_found' }
		});
	});

	it('refuses to remove an indicator with reported values', () => {
		const added = addIndicator(db, admin, actionId, input);
		const id = added.ok ? added.value : 0;
		const period = makePeriod(db, { planId: ctx.plan.id });
		const inst = makeInstitution(db);
		const rep = db
			.insert(progressReport)
			.values({ actionId, institutionId: inst.id, periodId: period.id })
			.returning()
			.get();
		db.insert(indicatorValue).values({ reportId: rep.id, indicatorId: id, value: 3 }).run();
		expect(removeIndicator(db, admin, actionId, id)).toMatchObject({
			ok: false,
			errors: { form: 'admin_plans.error.indicator_in_use' }
		});
	});
});
