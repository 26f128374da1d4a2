// The demo seed's plan goes through the importer: check what it produces against the brief.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { action, plan, planSection } from '../../../src/lib/server/db/schema';
import { browsePlan } from '../../../src/lib/server/plan/browse';
import { createTestDb } from '../../helpers/test-db';
import seedInstitutions from '../../../seed/steps/10-institutions';
import seedPlan from '../../../seed/steps/20-plan';

describe('demo seed: 4NAP-CT through the importer', async () => {
	const db = createTestDb();
	const ctx = { db, now: new Date('2024-01-01T00:00:00Z'), log: () => {} };
	seedInstitutions(ctx);
	await seedPlan(ctx);
	const p = db.select().from(plan).where(eq(plan.code, '4NAP-CT')).get()!;
	const { sections, actions } = browsePlan(db, { planId: p.id });

	it('has the five aims as sections 4.1–4.5, with sources', () => {
		expect(sections.map((s) => s.code)).toEqual(['4.1', '4.2', '4.3', '4.4', '4.5']);
		expect(sections[0].titleAz).toMatch(/^İnsan alverinə qarşı mübarizə sahəsində normativ/);
		for (const s of sections) expect(s.source).toBeTruthy();
		expect(sections[4].source).toMatch(/child victims/);
	});

	it('has 60–100 actions, every aim populated, real rows not flagged as samples', () => {
		expect(actions.length).toBeGreaterThanOrEqual(60);
		expect(actions.length).toBeLessThanOrEqual(100);
		for (const s of sections)
			expect(actions.filter((a) => a.sectionId === s.id).length).toBeGreaterThan(5);
		const real = db.select().from(action).where(eq(action.sample, false)).all();
		expect(real.map((a) => a.code).sort()).toEqual([
			'4.1.1',
			'4.1.2',
			'4.1.3',
			'4.1.9',
			'4.2.1',
			'4.5.1',
			'4.5.2',
			'4.5.3',
			'4.5.4'
		]);
		for (const a of real) expect(a.source).toBeTruthy();
		expect(real.find((a) => a.code === '4.1.9')!.note).toMatch(/National Referral Mechanism/);
		expect(real.find((a) => a.code === '4.5.1')!.note).toMatch(/not known/);
		const samples = db.select().from(action).where(eq(action.sample, true)).all();
		for (const a of samples) expect(a.source).toBe('sample for the demo');
	});

	it('gives every sample action a lead and texts in both languages', () => {
		for (const a of actions.filter((x) => x.sample)) {
			expect(
				a.bodies.filter((b) => b.role === 'lead'),
				a.code
			).toHaveLength(1);
			expect(a.textAz && a.textEn, a.code).toBeTruthy();
		}
	});

	it('gives each demo focal point several actions across the years', () => {
		for (const code of ['MIA', 'PGO', 'VAC', 'NGO_TEMIZ_DUNYA']) {
			const mine = actions.filter((a) => a.bodies.some((b) => b.code === code));
			expect(mine.length, code).toBeGreaterThanOrEqual(6);
			for (const year of [2020, 2021, 2022, 2023, 2024])
				expect(
					mine.some((a) => a.startYear! <= year && a.endYear! >= year),
					`${code} ${year}`
				).toBe(true);
		}
	});

	it('is idempotent: running it again changes nothing', async () => {
		const n = db.select().from(planSection).all().length;
		await seedPlan(ctx);
		expect(db.select().from(planSection).all()).toHaveLength(n);
		expect(browsePlan(db, { planId: p.id }).actions).toHaveLength(actions.length);
	});
});

describe('the shipped example file', () => {
	it('imports cleanly as a new plan against the real institutions', async () => {
		const { readFileSync } = await import('node:fs');
		const { importPlanFile } = await import('../../../src/lib/server/plan-import');
		const db = createTestDb();
		seedInstitutions({ db, now: new Date(), log: () => {} });
		const bytes = readFileSync('src/lib/server/plan-import/example-plan.csv');
		const meta = {
			code: 'EX',
			titleAz: 'Nümunə',
			titleEn: 'Example',
			startYear: 2025,
			endYear: 2029,
			approvalRef: null,
			source: null
		};
		const r = await importPlanFile(
			db,
			{ id: null, role: 'admin' },
			{ plan: meta },
			{ name: 'example-plan.csv', bytes }
		);
		expect(r.ok && r.summary).toMatchObject({
			sectionsAdded: ['1.1', '1.2'],
			actionsAdded: ['1.1.1', '1.1.2', '1.1.3', '1.2.1', '1.2.2']
		});
	});
});
