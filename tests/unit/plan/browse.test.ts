import { beforeEach, describe, expect, it } from 'vitest';
import { browsePlan, getActionDetail, planInstitutions } from '../../../src/lib/server/plan/browse';
import { importPlanGrid } from '../../../src/lib/server/plan-import';
import { createTestDb } from '../../helpers/test-db';
import { HEADER, setup } from '../plan-import/fixtures';
import type { DB } from '../../../src/lib/server/db/connect';

let db: DB;
let ctx: ReturnType<typeof setup>;

beforeEach(() => {
	db = createTestDb();
	ctx = setup(db);
	const r = importPlanGrid(db, { id: null, role: 'admin' }, { planId: ctx.plan.id }, [
		HEADER,
		['4.1', 'Baza', 'Framework', '', ''],
		['4.1.10', 'Uşaqların İSTİSMARI', 'Exploitation of children', 'PGO', '2021'],
		['4.1.9', 'Əmək istismarı', 'Labour exploitation', 'MIA; VAC', '2020'],
		['4.1.2', 'Sığınacaqlar', 'Shelters', 'VAC (lead); MIA', '2022'],
		['4.2', 'Müdafiə', 'Protection', '', ''],
		['4.2.1', 'Qaynar xətt', 'Hotline', 'MIA', '2023']
	]);
	expect(r.ok).toBe(true);
});

const codes = (f: Parameters<typeof browsePlan>[1]) => browsePlan(db, f).actions.map((a) => a.code);

describe('plan browser query', () => {
	it('sorts by code numerically (4.1.9 before 4.1.10)', () => {
		expect(codes({ planId: ctx.plan.id })).toEqual(['4.1.2', '4.1.9', '4.1.10', '4.2.1']);
	});

	it('searches Azerbaijani-aware: İSTİSMAR, istismar and ISTISMAR find the same actions', () => {
		const expected = ['4.1.9', '4.1.10'];
		expect(codes({ planId: ctx.plan.id, q: 'İSTİSMAR' })).toEqual(expected);
		expect(codes({ planId: ctx.plan.id, q: 'istismar' })).toEqual(expected);
		expect(codes({ planId: ctx.plan.id, q: 'ISTISMAR' })).toEqual(expected);
		expect(codes({ planId: ctx.plan.id, q: 'sığınacaq' })).toEqual(['4.1.2']);
		expect(codes({ planId: ctx.plan.id, q: 'SIGINACAQ' })).toEqual(['4.1.2']);
		expect(codes({ planId: ctx.plan.id, q: 'exploitation' })).toEqual(expected);
		expect(codes({ planId: ctx.plan.id, q: '4.1.1' })).toEqual(['4.1.10']);
		expect(codes({ planId: ctx.plan.id, q: '50%_' })).toEqual([]);
	});

	it('filters by institution (any role) and by aim, and combines filters', () => {
		expect(codes({ planId: ctx.plan.id, institutionId: ctx.inst.VAC.id })).toEqual([
			'4.1.2',
			'4.1.9'
		]);
		const s42 = browsePlan(db, { planId: ctx.plan.id }).sections.find((s) => s.code === '4.2')!;
		expect(codes({ planId: ctx.plan.id, sectionId: s42.id })).toEqual(['4.2.1']);
		expect(codes({ planId: ctx.plan.id, institutionId: ctx.inst.MIA.id, q: 'istismar' })).toEqual([
			'4.1.9'
		]);
	});

	it('returns bodies lead first', () => {
		const a = browsePlan(db, { planId: ctx.plan.id }).actions.find((x) => x.code === '4.1.2')!;
		expect(a.bodies.map((b) => [b.code, b.role])).toEqual([
			['VAC', 'lead'],
			['MIA', 'co']
		]);
	});

	it('lists the institutions named in the plan', () => {
		expect(
			planInstitutions(db, ctx.plan.id)
				.map((i) => i.code)
				.sort()
		).toEqual(['MIA', 'PGO', 'VAC']);
	});

	it('gives an action with its plan, section, bodies and indicators', () => {
		const id = browsePlan(db, { planId: ctx.plan.id }).actions[0].id;
		const d = getActionDetail(db, id)!;
		expect(d.plan.id).toBe(ctx.plan.id);
		expect(d.section?.code).toBe('4.1');
		expect(d.bodies).toHaveLength(2);
		expect(d.indicators).toEqual([]);
		expect(getActionDetail(db, 99999)).toBeNull();
	});
});
