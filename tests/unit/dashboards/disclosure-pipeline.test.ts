// Property test of disclosure control on what donors actually get: random approved victim and
// assistance figures go into a real (in-memory) database; for every year range a donor can pick,
// the donor page's tables, its chart configs and its CSV, XLSX and JSON downloads are read back;
// everything shown anywhere is pooled (a reader can combine downloads), and an independent
// integer search checks that no hidden cell can be worked out from it.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestDb } from '../../helpers/test-db';
import { makeInstitution, makePlan } from '../../factories';
import {
	approvedStatReport,
	defineStatistics,
	FIXTURE_DIMS,
	type FixtureValue
} from '../../factories/stat-fixtures';
import { pinnedCells, type Shown } from '../../helpers/attacker';
import { prng, smallCount } from '../../helpers/random-tables';
import { loadDonorPage } from '../../../src/lib/server/dashboards/results-page';
import { resultsExport } from '../../../src/lib/server/dashboards/results-export';
import { buildChartConfig } from '../../../src/lib/charts';
import { translate } from '../../../src/lib/i18n/core';
import type { DashTable } from '../../../src/lib/safe-table';

const T = 4;
const YEARS = [2020, 2021, 2022];
const tr = (k: string, p?: Record<string, string | number>) => translate('en', k, p);
const VICTIM_DIMS = ['sex', 'age', 'exploitation', 'citizenship'];

/** A random split of n into k parts (each person lands in one category). */
function split(n: number, k: number, rand: () => number): number[] {
	const parts = Array(k).fill(0);
	for (let i = 0; i < n; i++) parts[Math.floor(rand() ** 1.7 * k)]++;
	return parts;
}

type Truth = Map<string, number>; // `${table}|${col}|${row}` → value, rows by English label

function randomWorld(seed: number) {
	const rand = prng(seed);
	const db = createTestDb();
	const ids = defineStatistics(db);
	makePlan(db, { startYear: 2020, endYear: 2024 });
	const insts = [makeInstitution(db).id, makeInstitution(db).id];
	// truth per year: dimension → category → count, or null when the year gives no breakdown
	const truth = new Map<number, { total: number; dims: Map<string, Map<string, number> | null> }>();
	const assistance = new Map<number, Map<string, number>>();
	for (const year of YEARS) {
		const yearDims = new Map<string, Map<string, number>>(VICTIM_DIMS.map((d) => [d, new Map()]));
		let total = 0;
		const aid = new Map<string, number>();
		insts.forEach((inst, k) => {
			const n = k === 1 && rand() < 0.5 ? 0 : smallCount(rand) + (rand() < 0.3 ? 20 : 0);
			const values: FixtureValue[] = [['victims_identified', '', n]];
			total += n;
			for (const d of VICTIM_DIMS) {
				if (rand() < 0.12) continue; // a breakdown left out: its people are "not stated"
				const cats = FIXTURE_DIMS[d];
				const parts = split(n, cats.length, rand);
				cats.forEach((c, i) => {
					if (rand() < 0.08) return; // a category not reported: also "not stated"
					values.push(['victims_identified', `${d}=${c}`, parts[i]]);
					yearDims.get(d)!.set(c, (yearDims.get(d)!.get(c) ?? 0) + parts[i]);
				});
			}
			let sum = 0;
			for (const c of FIXTURE_DIMS.assistance_type) {
				const v = smallCount(rand);
				values.push(['assistance_provided', `assistance_type=${c}`, v]);
				aid.set(c, (aid.get(c) ?? 0) + v);
				sum += v;
			}
			values.push(['assistance_provided', '', sum]);
			approvedStatReport(db, ids, { institutionId: inst, year, values });
		});
		// a year in which nobody broke a dimension down has no breakdown at all
		truth.set(year, {
			total,
			dims: new Map([...yearDims].map(([d, m]) => [d, m.size ? m : null]))
		});
		assistance.set(year, aid);
	}
	return { db, truth, assistance };
}

interface Pooled {
	shown: Map<string, Shown>;
	equations: { total: string; parts: string[] }[];
	/** cell → the years a partial sum lacks, as the table marks them ('' when complete) */
	lacks: Map<string, string>;
}

const colId = (label: string) => label.replace('–', '-');

/** Pools what a table shows; the same cell must read the same everywhere it appears. */
function pool(
	p: Pooled,
	tableId: string,
	col: string,
	row: string,
	v: Shown | null,
	lacks?: string
) {
	if (v === null) return;
	const id = `${tableId}|${col}|${row}`;
	if (lacks !== undefined) p.lacks.set(id, lacks);
	if (p.shown.has(id)) expect(p.shown.get(id), id).toEqual(v);
	p.shown.set(id, v);
}

function poolTables(p: Pooled, tables: DashTable[]) {
	for (const t of tables)
		for (const r of t.rows)
			r.cells.forEach((c, i) =>
				pool(
					p,
					t.id,
					t.columns[i].id,
					r.label.en,
					c === null ? null : 'shown' in c ? c.shown : c.label,
					c?.lacks?.join() ?? ''
				)
			);
}

function poolCharts(p: Pooled, tables: DashTable[]) {
	for (const t of tables) {
		const cfg = buildChartConfig(t, 'en', tr);
		for (const ds of cfg.data.datasets)
			ds.data.forEach((v, i) => {
				// stacked: a dataset per row, a point per year on the axis (the "not broken down"
				// dataset is the total row); horizontal: one dataset, a point per row
				const year = t.columns.find((c) => c.label.en === cfg.data.labels[i]);
				if (t.chart === 'stacked' && year === undefined) return; // a year with no column
				const [col, row] =
					t.chart === 'stacked'
						? [year!.id, ds.label === tr('chart.not_broken_down') ? tr('results.total') : ds.label]
						: [t.columns[t.columns.length - 1].id, cfg.data.labels[i]];
				pool(p, t.id, col, row, v === null ? parseCell(ds.texts[i]) : v);
			});
	}
}

/** A file's or chart's cell text: every kind of missing is no figure; "*" marks a partial sum. */
function parseCell(s: string | number): Shown | null {
	if (typeof s === 'number') return s;
	if ([tr('dash.na'), tr('dash.unreported'), tr('dash.in_not_stated')].includes(s)) return null;
	const v = s.replace(/\*$/, '');
	return /^\d+$/.test(v) ? Number(v) : v;
}

async function poolFiles(
	p: Pooled,
	db: ReturnType<typeof createTestDb>,
	params: URLSearchParams,
	tables: DashTable[]
) {
	const idOf = new Map(tables.map((t) => [t.title.en, t.id]));
	const opts = (format: 'csv' | 'xlsx' | 'json') => ({
		format,
		name: 'x',
		locale: 'en' as const,
		tr,
		formatDate: (s: string) => s
	});
	const csv = await (await resultsExport(db, params, { exact: false }, opts('csv'))).text();
	let current: string | undefined;
	let header: string[] = [];
	for (const line of csv.replace(/^\uFEFF/, '').split('\r\n')) {
		if (/^"?\*/.test(line)) continue; // a table's note on partial sums, not a row
		const cells = line.split(',');
		if (idOf.has(cells[0]) && cells.length === 1) ((current = idOf.get(cells[0])), (header = []));
		else if (current && cells[0] === '' && cells.length > 1) header = cells.slice(1).map(colId);
		else if (current && header.length && cells.length > 1)
			cells.slice(1).forEach((c, i) => pool(p, current!, header[i], cells[0], parseCell(c)));
	}
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(
		await (await resultsExport(db, params, { exact: false }, opts('xlsx'))).arrayBuffer()
	);
	wb.eachSheet((ws) => {
		const id = idOf.get(String(ws.getRow(1).getCell(1).value));
		if (!id) return;
		const head = (ws.getRow(2).values as (string | undefined)[])
			.slice(2)
			.map((v) => colId(String(v)));
		ws.eachRow((row, n) => {
			if (n < 3) return;
			const v = row.values as (string | number)[];
			if (String(v[1]).startsWith('*')) return; // a note, not a row
			head.forEach((c, i) => pool(p, id, c, String(v[1]), parseCell(v[i + 2])));
		});
	});
	const json = JSON.parse(
		await (await resultsExport(db, params, { exact: false }, opts('json'))).text()
	);
	for (const t of json.tables)
		for (const r of t.rows)
			r.cells.forEach((c: { shown?: number; label?: string } | null, i: number) =>
				pool(p, t.id, t.columns[i].id, r.label.en, c === null ? null : (c.shown ?? c.label!))
			);
}

/** The true value of every cell a table could show, computed by the test from its own data. */
function truthOf(world: ReturnType<typeof randomWorld>): Truth {
	const out: Truth = new Map();
	const cols: number[][] = [];
	for (let a = 0; a < YEARS.length; a++)
		for (let b = a; b < YEARS.length; b++) cols.push(YEARS.slice(a, b + 1));
	for (const years of cols) {
		const col = years.length === 1 ? `${years[0]}` : `${years[0]}-${years[years.length - 1]}`;
		VICTIM_DIMS.forEach((d) => {
			const table = `victims_${d}`;
			const total = years.reduce((s, y) => s + world.truth.get(y)!.total, 0);
			out.set(`${table}|${col}|${tr('results.total')}`, total);
			// a range with years lacking a breakdown shows the sum of the years that have one
			const broken = years.filter((y) => world.truth.get(y)!.dims.get(d) !== null);
			if (broken.length === 0) return;
			let known = 0;
			for (const c of FIXTURE_DIMS[d]) {
				const v = broken.reduce((s, y) => s + (world.truth.get(y)!.dims.get(d)!.get(c) ?? 0), 0);
				out.set(`${table}|${col}|${c}`, v);
				known += v;
			}
			const of = broken.reduce((s, y) => s + world.truth.get(y)!.total, 0);
			out.set(`${table}|${col}|${tr('results.not_stated')}`, of - known);
		});
		let aid = 0;
		for (const c of FIXTURE_DIMS.assistance_type) {
			const v = years.reduce((s, y) => s + world.assistance.get(y)!.get(c)!, 0);
			out.set(`assistance|${col}|${c}`, v);
			aid += v;
		}
		out.set(`assistance|${col}|${tr('results.total')}`, aid);
	}
	return out;
}

/** What any reader can write down: each column's total = its rows; a range = its years. */
function readerEquations(p: Pooled): Pooled['equations'] {
	const eqs: Pooled['equations'] = [];
	const byTableCol = new Map<string, string[]>();
	for (const id of p.shown.keys()) {
		const [t, c] = id.split('|');
		byTableCol.set(`${t}|${c}`, [...(byTableCol.get(`${t}|${c}`) ?? []), id]);
	}
	for (const [tc, ids] of byTableCol) {
		const total = `${tc}|${tr('results.total')}`;
		const parts = ids.filter((id) => id !== total);
		// a reader adds a column up only where its figures cover the same years (the marks say so)
		const same = parts.every((id) => p.lacks.get(id) === p.lacks.get(total));
		if (ids.includes(total) && parts.length && same) eqs.push({ total, parts });
		const [t, c] = tc.split('|');
		if (!c.includes('-')) continue;
		const [a, b] = c.split('-').map(Number);
		for (const id of ids) {
			const row = id.split('|')[2];
			const years = YEARS.filter((y) => y >= a && y <= b)
				.map((y) => `${t}|${y}|${row}`)
				.filter((x) => p.shown.has(x));
			if (years.length) eqs.push({ total: id, parts: years });
		}
	}
	// the victims' total row is one figure in all four victims tables
	for (const c of new Set(
		[...p.shown.keys()].filter((id) => id.startsWith('victims_sex|')).map((id) => id.split('|')[1])
	))
		for (const d of VICTIM_DIMS.slice(1)) {
			const a = `victims_sex|${c}|${tr('results.total')}`;
			const b = `victims_${d}|${c}|${tr('results.total')}`;
			if (p.shown.has(a) && p.shown.has(b)) eqs.push({ total: a, parts: [b] });
		}
	return eqs;
}

describe('disclosure control on the donor outputs', () => {
	it('pages, charts, CSV, XLSX and JSON together never let a hidden count be worked out', async () => {
		let hidden = 0;
		let partial = 0;
		for (let world = 0; world < 8; world++) {
			const w = randomWorld(7000 + world);
			const truth = truthOf(w);
			const p: Pooled = { shown: new Map(), equations: [], lacks: new Map() };
			for (const from of YEARS)
				for (const to of YEARS.filter((y) => y >= from)) {
					const params = new URLSearchParams({ from: `${from}`, to: `${to}` });
					const page = loadDonorPage(w.db, params, '2024-01-01');
					const tables = page.view.tables.filter(
						(t) => t.id.startsWith('victims_') || t.id === 'assistance'
					);
					poolTables(p, tables);
					poolCharts(p, tables);
					await poolFiles(p, w.db, params, tables);
				}
			for (const [id, v] of p.shown) {
				const real = truth.get(id);
				expect(real, `no truth for ${id}`).toBeDefined();
				if (typeof v === 'number') expect(v, id).toBe(real);
				else {
					hidden++;
					expect(v, id).toBe(real! <= T ? '<5' : '[c]');
				}
				if (real! >= 1 && real! <= T) expect(typeof v, `small count shown: ${id}`).toBe('string');
			}
			partial += [...p.lacks.values()].filter(Boolean).length;
			const equations = readerEquations(p);
			const pinned = pinnedCells({ shown: p.shown, truth, equations, threshold: T });
			expect(pinned, `world ${world}`).toEqual([]);
		}
		expect(hidden).toBeGreaterThan(50);
		// ranges over years without a breakdown show partial sums, protected like the rest
		expect(partial).toBeGreaterThan(0);
	}, 300_000);
});
