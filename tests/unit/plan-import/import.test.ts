import { beforeEach, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import {
	action,
	actionInstitution,
	auditLog,
	plan,
	planSection
} from '../../../src/lib/server/db/schema';
import { importPlanGrid, type ImportResult } from '../../../src/lib/server/plan-import';
import { createTestDb } from '../../helpers/test-db';
import { GOOD, HEADER, setup } from './fixtures';
import type { DB } from '../../../src/lib/server/db/connect';

const admin = { id: null, role: 'admin' };
let db: DB;
let ctx: ReturnType<typeof setup>;
const run = (grid: string[][], o: { dryRun?: boolean } = {}) =>
	importPlanGrid(db, admin, { planId: ctx.plan.id }, grid, o);
const errorsOf = (r: ImportResult) =>
	r.ok ? [] : r.errors.map((e) => [e.row, e.column, e.key.replace('plan_import.error.', '')]);
const n = (
	table: typeof action | typeof planSection | typeof auditLog | typeof actionInstitution
) => db.select({ n: count() }).from(table).get()!.n;

beforeEach(() => {
	db = createTestDb();
	ctx = setup(db);
});

describe('a valid table', () => {
	it('writes sections, actions with sort keys and folded search text, and roles, audited', () => {
		const r = run(GOOD);
		expect(r.ok).toBe(true);
		const sections = db.select().from(planSection).all();
		expect(sections.map((s) => [s.code, s.titleAz, s.titleEn])).toEqual([
			['4.1', 'Hüquqi baza', 'Legal framework'],
			['4.2', 'Qurbanların müdafiəsi', 'Protection of victims']
		]);
		const rows = db.select().from(action).orderBy(action.sortKey).all();
		expect(rows.map((a) => a.code)).toEqual(['4.1.1', '4.1.2', '4.2.1', '4.2.10']);
		const a412 = rows[1];
		expect(a412).toMatchObject({
			textAz: 'Uşaqların istismarına qarşı tədbirlər',
			startYear: 2021,
			endYear: 2021,
			sample: false
		});
		expect(a412.searchText).toContain('usaqlarin istismarina');
		expect(rows[2]).toMatchObject({ startYear: 2020, endYear: 2024 }); // daimi = the plan's years
		expect(rows[3]).toMatchObject({ textEn: null, startYear: 2023, endYear: 2024 });
		const roles = db
			.select()
			.from(actionInstitution)
			.where(eq(actionInstitution.actionId, a412.id))
			.all();
		expect(roles.map((x) => [x.institutionId, x.role]).sort()).toEqual(
			[
				[ctx.inst.MIA.id, 'lead'],
				[ctx.inst.PGO.id, 'co'],
				[ctx.inst.SUPREME_COURT.id, 'recommended']
			].sort()
		);
		// one audit row per section and action, plus the import itself
		expect(n(auditLog)).toBe(2 + 4 + 1);
	});

	it('reads a table in Azerbaijani only, with the decree headers', () => {
		const r = run([
			['Sıra №-si', 'Tədbirin adı', 'İcraçı orqanlar', 'İcra müddəti (illər üzrə)'],
			['4.1', 'Hüquqi baza', '', ''],
			['4.1.1', 'Qanunvericiliyin təkmilləşdirilməsi', 'Ədliyyə Nazirliyi', '2020-2022-ci illər']
		]);
		expect(r.ok).toBe(true);
		expect(db.select().from(action).get()).toMatchObject({
			textAz: 'Qanunvericiliyin təkmilləşdirilməsi',
			textEn: null,
			startYear: 2020,
			endYear: 2022
		});
		expect(db.select().from(planSection).get()).toMatchObject({
			titleAz: 'Hüquqi baza',
			titleEn: ''
		});
	});

	it('reads a table in English only', () => {
		const r = run([
			['No.', 'Action', 'Executing bodies', 'Implementation period (years)', 'Sample', 'Remarks'],
			['4.1', 'Legal framework', '', '', '', ''],
			['4.1.1', 'Improving legislation', 'Ministry of Justice', '2021', 'yes', 'ignored']
		]);
		expect(r.ok && r.summary.ignoredColumns).toEqual(['Remarks']);
		expect(db.select().from(action).get()).toMatchObject({
			textAz: null,
			textEn: 'Improving legislation',
			sample: true
		});
	});

	it('checks without writing in a dry run', () => {
		const r = run(GOOD, { dryRun: true });
		expect(r.ok && r.summary.actionsAdded).toEqual(['4.1.1', '4.1.2', '4.2.1', '4.2.10']);
		expect(n(action) + n(planSection) + n(auditLog)).toBe(0);
	});
});

describe('bad rows', () => {
	const bad = (row: string[]) => errorsOf(run([...GOOD, row]));

	it('reports an unknown institution at its row and column', () => {
		expect(bad(['4.1.3', 'x', 'y', 'MIA; Ministry of Magic', '2020'])).toEqual([
			[8, 'bodies', 'body_unknown']
		]);
	});
	it('reports a malformed code', () => {
		expect(bad(['4.1.x', 'x', 'y', 'MIA', '2020'])).toEqual([[8, 'code', 'code_malformed']]);
		expect(bad(['4.1.1.1', 'x', 'y', 'MIA', '2020'])).toEqual([[8, 'code', 'code_malformed']]);
	});
	it('reports a code whose section is neither declared nor existing', () => {
		expect(bad(['4.9.1', 'x', 'y', 'MIA', '2020'])).toEqual([[8, 'code', 'section_unknown']]);
	});
	it('reports impossible years', () => {
		expect(bad(['4.1.3', 'x', 'y', 'MIA', '2019-2021'])).toEqual([[8, 'period', 'period_outside']]);
		expect(bad(['4.1.3', 'x', 'y', 'MIA', '2023-2021'])).toEqual([
			[8, 'period', 'period_reversed']
		]);
		expect(bad(['4.1.3', 'x', 'y', 'MIA', 'next year'])).toEqual([[8, 'period', 'period_invalid']]);
	});
	it('reports a duplicate code, naming the first row', () => {
		const r = run([...GOOD, ['4.1.1', 'x', 'y', 'MIA', '2020']]);
		expect(errorsOf(r)).toEqual([[8, 'code', 'code_twice']]);
		expect(!r.ok && r.errors[0].params).toEqual({ code: '4.1.1', first: 3 });
	});
	it('reports missing text in both languages', () => {
		expect(bad(['4.1.3', '', '', 'MIA', '2020'])).toEqual([[8, 'textAz', 'text_missing']]);
	});
	it('reports missing required columns on the header row', () => {
		const r = run([
			['No.', 'Action'],
			['4.1', 'x']
		]);
		expect(errorsOf(r)).toEqual([
			[1, 'bodies', 'column_missing_bodies'],
			[1, 'period', 'column_missing_period']
		]);
	});
	it('lists every error of the file at once, in row order', () => {
		const r = run([
			HEADER,
			['4.1', 'Baza', 'Base', '', ''],
			['4.1.1', 'a', 'a', 'Nobody', '2020'],
			['4.1.2', '', '', 'MIA', '2030'],
			['4.1.1', 'c', 'c', 'MIA', '2020']
		]);
		expect(errorsOf(r)).toEqual([
			[3, 'bodies', 'body_unknown'],
			[4, 'textAz', 'text_missing'],
			[4, 'period', 'period_outside'],
			[5, 'code', 'code_twice']
		]);
		expect(!r.ok && r.table?.rows.length).toBe(4);
	});
	it('writes nothing when any row fails (all or nothing)', () => {
		const r = run([...GOOD, ['4.2.2', 'x', 'y', 'Nobody', '2020']]);
		expect(r.ok).toBe(false);
		expect(n(action) + n(planSection) + n(actionInstitution) + n(auditLog)).toBe(0);
	});
});

describe('re-import into an existing plan', () => {
	it('updates by code: adds new, changes what differs, keeps what the file omits', () => {
		expect(run(GOOD).ok).toBe(true);
		const before = db.select().from(action).where(eq(action.code, '4.2.1')).get()!;
		const auditsBefore = n(auditLog);
		const r = run([
			HEADER,
			[
				'4.1.1',
				'Qanunvericiliyin təkmilləşdirilməsi',
				'Improving legislation',
				'MOJ; MIA',
				'2020-2022'
			], // same
			[
				'4.1.2',
				'Uşaqların istismarına qarşı tədbirlər',
				'Measures against child exploitation',
				'PGO; MIA',
				'2021-2022'
			], // changed
			['4.1.3', 'Yeni', 'New', 'VAC', '2024'] // added; 4.1 exists in the plan
		]);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.summary).toMatchObject({
			createdPlan: false,
			actionsAdded: ['4.1.3'],
			actionsChanged: ['4.1.2'],
			actionsUnchanged: 1,
			actionsNotInFile: ['4.2.1', '4.2.10']
		});
		const a412 = db.select().from(action).where(eq(action.code, '4.1.2')).get()!;
		expect(a412).toMatchObject({ textEn: 'Measures against child exploitation', endYear: 2022 });
		const roles = db
			.select()
			.from(actionInstitution)
			.where(eq(actionInstitution.actionId, a412.id))
			.all();
		expect(roles.map((x) => [x.institutionId, x.role]).sort()).toEqual(
			[
				[ctx.inst.MIA.id, 'co'],
				[ctx.inst.PGO.id, 'lead']
			].sort()
		);
		// kept as it was, same id (reports refer to it)
		expect(db.select().from(action).where(eq(action.code, '4.2.1')).get()).toEqual(before);
		// one update, one create, one import row
		expect(n(auditLog) - auditsBefore).toBe(3);
		const upd = db.select().from(auditLog).where(eq(auditLog.operation, 'import_update')).get()!;
		expect(JSON.parse(upd.before!).textEn).toBe('Measures against the exploitation of children');
	});

	it('a translation table leaves the other language (and columns it lacks) as they are', () => {
		run([
			['No.', 'Tədbirin adı', 'İcraçı orqanlar', 'İcra müddəti (illər üzrə)', 'Mənbə'],
			['4.1', 'Hüquqi baza', '', '', 'decree'],
			['4.1.1', 'Qanunvericiliyin təkmilləşdirilməsi', 'MOJ', '2020-2022', 'decree']
		]);
		const r = run([
			['No.', 'Action', 'Executing bodies', 'Period'],
			['4.1', 'Legal framework', '', ''],
			['4.1.1', 'Improving legislation', 'MOJ', '2020-2022']
		]);
		expect(r.ok && r.summary).toMatchObject({
			sectionsChanged: ['4.1'],
			actionsChanged: ['4.1.1']
		});
		expect(db.select().from(action).get()).toMatchObject({
			textAz: 'Qanunvericiliyin təkmilləşdirilməsi',
			textEn: 'Improving legislation',
			source: 'decree'
		});
		expect(db.select().from(action).get()!.searchText).toContain('qanunvericiliyin');
		expect(db.select().from(action).get()!.searchText).toContain('improving legislation');
		expect(db.select().from(planSection).get()).toMatchObject({
			titleAz: 'Hüquqi baza',
			titleEn: 'Legal framework',
			source: 'decree'
		});
	});

	it('a real table imported over sample rows makes them real and drops the sample source', () => {
		run([
			HEADER.concat(['Source', 'Sample']),
			['4.1', 'B', 'F', '', '', 'x', ''],
			['4.1.1', 'Nümunə', 'Sample', 'MIA', '2020', 'sample for the demo', 'yes']
		]);
		const r = run([HEADER, ['4.1.1', 'Real mətn', 'Real text', 'MIA', '2020']]);
		expect(r.ok && r.summary.actionsChanged).toEqual(['4.1.1']);
		expect(db.select().from(action).get()).toMatchObject({
			textEn: 'Real text',
			sample: false,
			source: null
		});
	});

	it('re-importing the same file changes nothing', () => {
		run(GOOD);
		const r = run(GOOD);
		expect(r.ok && r.summary).toMatchObject({
			actionsAdded: [],
			actionsChanged: [],
			actionsUnchanged: 4,
			sectionsChanged: []
		});
	});

	it('creates a new plan from metadata, and refuses a code already taken', () => {
		const meta = {
			code: 'NEW',
			titleAz: 'Yeni',
			titleEn: 'New',
			startYear: 2025,
			endYear: 2029,
			approvalRef: null,
			source: null
		};
		const grid = [HEADER, ['1.1', 'B', 'S', '', ''], ['1.1.1', 'a', 'b', 'MIA', '2026']];
		const r = importPlanGrid(db, admin, { plan: meta }, grid);
		expect(r.ok && r.summary.createdPlan).toBe(true);
		expect(db.select().from(plan).where(eq(plan.code, 'NEW')).get()).toMatchObject({
			startYear: 2025
		});
		const again = importPlanGrid(db, admin, { plan: meta }, grid);
		expect(errorsOf(again)).toEqual([[0, null, 'plan_code_taken']]);
	});

	it('does not create the new plan when a row fails', () => {
		const meta = {
			code: 'NEW2',
			titleAz: 'Yeni',
			titleEn: 'New',
			startYear: 2025,
			endYear: 2029,
			approvalRef: null,
			source: null
		};
		const r = importPlanGrid(db, admin, { plan: meta }, [
			HEADER,
			['1.1', 'B', 'S', '', ''],
			['1.1.1', 'a', 'b', 'MIA', '2020']
		]);
		expect(r.ok).toBe(false);
		expect(db.select().from(plan).where(eq(plan.code, 'NEW2')).get()).toBeUndefined();
	});
});
