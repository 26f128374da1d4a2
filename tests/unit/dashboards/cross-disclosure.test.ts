// Cross-classifications on the donor view: random approved victims by form of exploitation ×
// country of exploitation (full, partial, or no cross table in a year; margins given or not) go
// into a real database; for every year range a donor can pick, the two-way table and the
// exploitation table are read back as published, pooled, and an independent integer search
// checks that no hidden cell can be worked out from the cross table, its row and column margins
// and the years they add up from.
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../helpers/test-db';
import { makeInstitution, makePlan } from '../../factories';
import {
	approvedStatReport,
	defineStatistics,
	FIXTURE_DIMS,
	type FixtureValue
} from '../../factories/stat-fixtures';
import { pinnedCells, type Shown } from '../../helpers/attacker';
import { prng } from '../../helpers/random-tables';
import { loadDonorPage, loadResultsPage } from '../../../src/lib/server/dashboards/results-page';
import { translate } from '../../../src/lib/i18n/core';
import {
	statCategory,
	statDimension,
	statMetric,
	statMetricCross
} from '../../../src/lib/server/db/schema';
import { eq } from 'drizzle-orm';
import type { DashTable } from '../../../src/lib/safe-table';
import type { DB } from '../../../src/lib/server/db/connect';

const T = 4;
const YEARS = [2020, 2021];
const EXPL = FIXTURE_DIMS.exploitation;
const COUNTRIES = ['AZ', 'RU', 'TR'];
const tr = (k: string) => translate('en', k);
const CROSS = 'cross-victims_identified-exploitation-exploited_in';

/** The fixture definitions plus a country dimension and the exploitation × country cross. */
export function defineCross(db: DB) {
	const ids = defineStatistics(db);
	const d = db
		.insert(statDimension)
		.values({ code: 'exploited_in', nameAz: 'İstismar ölkəsi', nameEn: 'Country of exploitation' })
		.returning()
		.get();
	COUNTRIES.forEach((c, i) =>
		db
			.insert(statCategory)
			.values({ dimensionId: d.id, code: c, nameAz: c, nameEn: c, sortOrder: i + 1 })
			.run()
	);
	const expl = db.select().from(statDimension).where(eq(statDimension.code, 'exploitation')).get()!;
	const victims = db
		.select()
		.from(statMetric)
		.where(eq(statMetric.code, 'victims_identified'))
		.get()!;
	db.insert(statMetricCross)
		.values({ metricId: victims.id, rowDimensionId: expl.id, colDimensionId: d.id })
		.run();
	return ids;
}

function randomWorld(seed: number) {
	const rand = prng(seed);
	const db = createTestDb();
	const ids = defineCross(db);
	makePlan(db, { startYear: 2020, endYear: 2024 });
	const inst = makeInstitution(db).id;
	for (const year of YEARS) {
		const n = Math.floor(rand() ** 2 * 24);
		const cell = new Map<string, number>();
		for (let i = 0; i < n; i++) {
			const e = EXPL[Math.floor(rand() ** 1.5 * EXPL.length)];
			const c = COUNTRIES[Math.floor(rand() ** 1.5 * COUNTRIES.length)];
			for (const k of [
				`exploitation=${e}`,
				`exploited_in=${c}`,
				`exploitation=${e};exploited_in=${c}`
			])
				cell.set(k, (cell.get(k) ?? 0) + 1);
		}
		const values: FixtureValue[] = [['victims_identified', '', n]];
		const margins = rand() < 0.85;
		for (const e of EXPL)
			if (margins && rand() < 0.9)
				values.push([
					'victims_identified',
					`exploitation=${e}`,
					cell.get(`exploitation=${e}`) ?? 0
				]);
		const cols = rand() < 0.85;
		for (const c of COUNTRIES)
			if (cols && rand() < 0.9)
				values.push([
					'victims_identified',
					`exploited_in=${c}`,
					cell.get(`exploited_in=${c}`) ?? 0
				]);
		// the cross table: complete, partial (some inner cells), or not published this year
		const given = rand() < 0.8 ? (rand() < 0.5 ? 1 : 0.6) : 0;
		for (const e of EXPL)
			for (const c of COUNTRIES) {
				const k = `exploitation=${e};exploited_in=${c}`;
				if (rand() < given) values.push(['victims_identified', k, cell.get(k) ?? 0]);
			}
		approvedStatReport(db, ids, { institutionId: inst, year, values });
	}
	return db;
}

type Pool = { shown: Map<string, Shown>; truth: Map<string, number>; lacks: Map<string, string> };

/** Canonical ids: a margin is one cell wherever it appears (cross table or exploitation table). */
function cellName(t: DashTable, period: string, row: string, col: string): string {
	if (t.id === CROSS) {
		if (row === 'total' && col === 'total') return `total|${period}`;
		if (col === 'total') return `row|${period}|${row}`;
		if (row === 'total') return `col|${period}|${col}`;
		return `cross|${period}|${row}|${col}`;
	}
	return row === 'total' ? `total|${period}` : `row|${period}|${row}`;
}

function poolView(p: Pool, shown: DashTable[], exact: DashTable[]) {
	for (const t of shown) {
		const truthTable = exact.find((x) => x.id === t.id)!;
		const periods = t.id === CROSS ? [t.title.en.split(', ').pop()!.replace('–', '-')] : null;
		t.rows.forEach((r) =>
			r.cells.forEach((c, i) => {
				if (c === null) return;
				const period = periods ? periods[0] : t.columns[i].id;
				const rowKey = r.key === 'total' ? 'total' : r.key.split('=')[1];
				const colKey = t.id === CROSS ? t.columns[i].id : '';
				const id = cellName(t, period, rowKey, colKey);
				const v = 'shown' in c ? c.shown : c.label;
				if (p.shown.has(id)) expect(p.shown.get(id), id).toEqual(v);
				p.shown.set(id, v);
				p.lacks.set(id, c.lacks?.join() ?? '');
				const real = truthTable.rows.find((x) => x.key === r.key)!.cells[
					truthTable.columns.findIndex((x) => x.id === t.columns[i].id)
				];
				expect(real && 'shown' in real, id).toBe(true);
				p.truth.set(id, (real as { shown: number }).shown);
			})
		);
	}
}

function readerEquations(p: Pool) {
	const eqs: { total: string; parts: string[] }[] = [];
	const ids = [...p.shown.keys()];
	const sameLacks = (total: string, parts: string[]) =>
		parts.every((x) => p.lacks.get(x) === p.lacks.get(total));
	const add = (total: string, parts: string[]) => {
		if (p.shown.has(total) && parts.length && sameLacks(total, parts)) eqs.push({ total, parts });
	};
	const periods = new Set(ids.map((id) => id.split('|')[1]));
	for (const per of periods) {
		const inner = ids.filter((id) => id.startsWith(`cross|${per}|`));
		const rows = new Set(inner.map((id) => id.split('|')[2]));
		const cols = new Set(inner.map((id) => id.split('|')[3]));
		// the "not stated" row and column add up only where their corner is stated (the two
		// "not stated" parts do not overlap)
		const corner = p.shown.has(`cross|${per}|?|?`);
		for (const r of [...rows].filter((x) => x !== '?' || corner))
			add(
				`row|${per}|${r}`,
				inner.filter((id) => id.split('|')[2] === r)
			);
		for (const c of [...cols].filter((x) => x !== '?' || corner))
			add(
				`col|${per}|${c}`,
				inner.filter((id) => id.split('|')[3] === c)
			);
		add(
			`total|${per}`,
			ids.filter((id) => id.startsWith(`row|${per}|`))
		);
		add(
			`total|${per}`,
			ids.filter((id) => id.startsWith(`col|${per}|`))
		);
		if (!per.includes('-')) continue;
		// a range adds up its years
		const [a, b] = per.split('-').map(Number);
		for (const id of ids.filter((x) => x.split('|')[1] === per)) {
			// the years it sums: all but those it is marked to lack; a reader adds them up only
			// when each of those years is published (a year without a cross table is not)
			const lacks = (p.lacks.get(id) ?? '').split(',').filter(Boolean).map(Number);
			const years = YEARS.filter((y) => y >= a && y <= b && !lacks.includes(y));
			const parts = years.map((y) => id.replace(`|${per}`, `|${y}`));
			if (parts.every((x) => p.shown.has(x))) eqs.push({ total: id, parts });
		}
	}
	return eqs;
}

describe('disclosure control of a cross table and its margins', () => {
	it('no cell hidden on the donor view can be worked out from the published cross tables', () => {
		let hidden = 0;
		let crossTables = 0;
		let withheld = 0;
		for (let world = 0; world < 12; world++) {
			const db = randomWorld(9100 + world);
			const p: Pool = { shown: new Map(), truth: new Map(), lacks: new Map() };
			for (const from of YEARS)
				for (const to of YEARS.filter((y) => y >= from)) {
					const params = new URLSearchParams({ from: `${from}`, to: `${to}` });
					const pick = (ts: DashTable[]) =>
						ts.filter((t) => t.id === CROSS || t.id === 'victims_exploitation');
					const donor = pick(loadDonorPage(db, params, '2024-01-01').view.tables);
					const exact = pick(loadResultsPage(db, params, { exact: true }).view.tables);
					if (donor.some((t) => t.id === CROSS)) crossTables++;
					// the donor sees a reviewer's tables, protected — or, where no pattern can
					// protect a very sparse cross table, without it
					else if (exact.some((t) => t.id === CROSS)) withheld++;
					expect(exact.map((t) => t.id)).toEqual(expect.arrayContaining(donor.map((t) => t.id)));
					expect(donor.some((t) => t.id === 'victims_exploitation')).toBe(true);
					poolView(p, donor, exact);
				}
			for (const [id, v] of p.shown) {
				const real = p.truth.get(id)!;
				if (typeof v === 'number') expect(v, id).toBe(real);
				else {
					hidden++;
					expect(v, id).toBe(real <= T ? '<5' : '[c]');
				}
				if (real >= 1 && real <= T) expect(typeof v, `small count shown: ${id}`).toBe('string');
			}
			const pinned = pinnedCells({
				shown: p.shown,
				truth: p.truth,
				equations: readerEquations(p),
				threshold: T
			});
			expect(pinned, `world ${world}`).toEqual([]);
		}
		expect(crossTables).toBeGreaterThan(10);
		expect(withheld).toBeLessThan(crossTables);
		expect(hidden).toBeGreaterThan(30);
	}, 300_000);
});
