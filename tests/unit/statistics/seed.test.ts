// The seeded statistics, read back from a seeded database: the officials' 2020 + 2021 totals
// (DOMAIN.md, typed here from that text, not from the seed) must come out exactly.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { count } from 'drizzle-orm';
import { createStatisticsDb, instId, SEED_NOW } from '../../factories/statistics';
import { approvedValue, approvedValues } from '../../helpers/approved-values';
import { blockingIssues } from '../../../src/lib/server/statistics/workflow-actions';
import { statReport, statValue } from '../../../src/lib/server/db/schema';
import seedStatistics from '../../../seed/steps/60-statistics';
import type { DB } from '../../../src/lib/server/db/connect';

let db: DB;
beforeAll(() => {
	db = createStatisticsDb();
});

const sum2020and2021 = (metric: string, key: string, inst: string) => {
	const a = approvedValue(db, metric, key, 2020, inst);
	const b = approvedValue(db, metric, key, 2021, inst);
	expect(a?.value, `${metric} [${key}] 2020`).toEqual(expect.any(Number));
	expect(b?.value, `${metric} [${key}] 2021`).toEqual(expect.any(Number));
	return a!.value! + b!.value!;
};

describe('seeded statistics', () => {
	it('2020 + 2021 add up to the law-enforcement totals announced by the officials', () => {
		expect(sum2020and2021('crimes_registered', 'article=144-1', 'MIA')).toBe(311);
		expect(sum2020and2021('crimes_registered', 'article=144-3', 'MIA')).toBe(83);
		expect(sum2020and2021('defendants', '', 'PGO')).toBe(35);
		expect(sum2020and2021('persons_convicted', '', 'SUPREME_COURT')).toBe(28);
		expect(sum2020and2021('persons_convicted', 'sentence=imprisonment', 'SUPREME_COURT')).toBe(24);
		expect(sum2020and2021('persons_convicted', 'sentence=conditional', 'SUPREME_COURT')).toBe(2);
		expect(sum2020and2021('persons_convicted', 'sentence=postponed', 'SUPREME_COURT')).toBe(2);
	});

	it('2020 + 2021 add up to the announced victim figures', () => {
		const v = (key: string) => sum2020and2021('victims_identified', key, 'MIA');
		expect(v('')).toBe(189);
		expect(v('sex=female')).toBe(184);
		expect(v('sex=male')).toBe(5);
		expect(v('age=child')).toBe(2);
		expect(v('citizenship=national')).toBe(188);
		expect(v('citizenship=foreign')).toBe(1);
		expect(v('exploitation=sexual')).toBe(179);
		expect(v('exploitation=forced_labour')).toBe(10);
	});

	it('keeps Art. 144-2 for 2020 and 2021 "not available": only their combined 8 was announced', () => {
		for (const year of [2020, 2021]) {
			const cell = approvedValue(db, 'crimes_registered', 'article=144-2', year, 'MIA');
			expect(cell).toMatchObject({ value: null, notAvailable: true });
			expect(cell!.source).toMatch(/\b8\b/);
		}
	});

	it('flags the 2021 differences as derived and says how', () => {
		const c = approvedValue(db, 'crimes_registered', 'article=144-1', 2021, 'MIA')!;
		expect(c).toMatchObject({ value: 156, derived: true });
		expect(c.source).toContain('311');
		expect(c.source).toContain('155');
		expect(approvedValue(db, 'crimes_registered', 'article=144-1', 2020, 'MIA')).toMatchObject({
			value: 155,
			derived: false
		});
	});

	it('never invents a figure: every value not derived is a row of statistics.json for that year', () => {
		const rows = JSON.parse(readFileSync('seed/data/statistics.json', 'utf8')) as {
			year: number;
			value: number;
			source: string;
			derived?: boolean;
		}[];
		const all = approvedValues(db);
		expect(all.length).toBeGreaterThan(80);
		for (const v of all) {
			expect(v.source, `${v.metric} ${v.year}`).toBeTruthy();
			if (v.notAvailable) continue;
			const match = rows.filter(
				(r) => r.year === v.year && r.value === v.value && v.source!.startsWith(r.source)
			);
			if (v.derived && match.length === 0) expect(v.source).toMatch(/^Derived/);
			else expect(match.length, `${v.metric} [${v.categoryKey}] ${v.year}`).toBeGreaterThan(0);
			if (match.length) expect(v.derived).toBe(match.some((r) => r.derived === true));
		}
	});

	it('publishes from the bodies named in the brief, all reports approved and free of blocking issues', () => {
		const inst = new Set(approvedValues(db).map((v) => `${v.metric}:${v.institutionCode}`));
		expect(inst).toContain('crimes_registered:MIA');
		expect(inst).toContain('victims_identified:MIA');
		expect(inst).toContain('defendants:PGO');
		expect(inst).toContain('persons_convicted:SUPREME_COURT');
		expect(inst).toContain('victims_assisted:IOM');
		const reports = db.select().from(statReport).all();
		expect(reports.every((r) => r.state === 'approved')).toBe(true);
		for (const r of reports)
			expect(blockingIssues(db, r.id, r.institutionId), `report ${r.id}`).toEqual([]);
	});

	it('is idempotent: a second run adds nothing', () => {
		const before = db.select({ n: count() }).from(statValue).get()!.n;
		seedStatistics({ db, now: SEED_NOW, log: () => {} });
		expect(db.select({ n: count() }).from(statValue).get()!.n).toBe(before);
		expect(instId(db, 'MIA')).toBeGreaterThan(0);
	});
});
