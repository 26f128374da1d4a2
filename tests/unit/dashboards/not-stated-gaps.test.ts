// "Not stated" gaps: a category left out in a year whose breakdown was otherwise reported counts
// in that year's "not stated" — it reads "in “not stated”", not "not yet" — and every output of
// the table (page, chart, CSV, XLSX, JSON, and the disclosure audit behind the donor view) carries
// the same "not stated" row.
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestDb } from '../../helpers/test-db';
import { makeInstitution, makePlan } from '../../factories';
import { approvedStatReport, defineStatistics } from '../../factories/stat-fixtures';
import { dashboardPlans, getResultsView } from '../../../src/lib/server/dashboards/results-view';
import { resultCells, universeColumns } from '../../../src/lib/server/dashboards/results';
import { resultsExport } from '../../../src/lib/server/dashboards/results-export';
import { buildChartConfig } from '../../../src/lib/charts';
import { auditSuppression, isShown } from '../../../src/lib/server/disclosure/rule';
import { buildCube, cellId } from '../../../src/lib/server/dashboards/cube';
import { translate } from '../../../src/lib/i18n/core';
import { missingKind } from '../../../src/lib/safe-table';
import type { DB } from '../../../src/lib/server/db/connect';

const tr = (k: string, p?: Record<string, string | number>) => translate('en', k, p);
let db: DB;
beforeAll(() => {
	db = createTestDb();
	const ids = defineStatistics(db);
	makePlan(db, { code: '4NAP-CT', startYear: 2020, endYear: 2024 });
	const mia = makeInstitution(db).id;
	// 2020: all three forms; 2021: forced labour left out (its persons are "not stated")
	approvedStatReport(db, ids, {
		institutionId: mia,
		year: 2020,
		values: [
			['victims_identified', '', 94],
			['victims_identified', 'exploitation=sexual', 80],
			['victims_identified', 'exploitation=forced_labour', 9],
			['victims_identified', 'exploitation=other', 5]
		]
	});
	approvedStatReport(db, ids, {
		institutionId: mia,
		year: 2021,
		values: [
			['victims_identified', '', 95],
			['victims_identified', 'exploitation=sexual', 85],
			['victims_identified', 'exploitation=other', 6]
		]
	});
});

const exploitation = (exact: boolean) =>
	getResultsView(db, {
		plan: dashboardPlans(db, null, '2024-06-01').plans[0],
		fromYear: 2020,
		toYear: 2021,
		aim: null,
		exact,
		threshold: 4
	}).tables.find((t) => t.id === 'victims_exploitation')!;

describe('"not stated" gaps', () => {
	it('counts a category left out of a reported breakdown in that year\'s "not stated"', () => {
		for (const exact of [true, false]) {
			const t = exploitation(exact);
			const col = (id: string) => t.columns.findIndex((c) => c.id === id);
			const fl = t.rows.find((r) => r.key === 'exploitation=forced_labour')!;
			expect(fl.cells[col('2021')]).toBeNull();
			expect(missingKind(fl, col('2021'))).toBe('not_stated');
			const ns = t.rows.find((r) => r.key === 'exploitation=?')!;
			expect(ns.label.en).toBe(tr('results.not_stated'));
			// 95 − 85 − 6: forced labour of 2021 is in there
			expect(ns.cells[col('2021')]).toEqual(
				exact ? { shown: 4 } : { suppressed: true, label: '<5' }
			);
			// the range adds forced labour up as 9 + its part of "not stated"
			expect(fl.cells[col('2020-2021')]).toEqual(
				exact ? { shown: 9 } : expect.objectContaining({})
			);
		}
	});

	it('the chart, CSV, XLSX and JSON carry the same "not stated" row and gap', async () => {
		const t = exploitation(false);
		const cfg = buildChartConfig(t, 'en', tr);
		expect(cfg.data.datasets.map((d) => d.label)).toContain(tr('results.not_stated'));
		const params = new URLSearchParams({ from: '2020', to: '2021', table: 'victims_exploitation' });
		const opts = (format: 'csv' | 'xlsx' | 'json') => ({
			format,
			name: 'x',
			locale: 'en' as const,
			tr,
			formatDate: (s: string) => s
		});
		const csv = await (await resultsExport(db, params, { exact: false }, opts('csv'))).text();
		const line = (label: string) => csv.split('\r\n').find((l) => l.startsWith(label))!;
		// columns 2020, 2021, 2020–2021: 2021's four persons of unstated form, hidden as small
		expect(line('Not stated').split(',')[2]).toBe('<5');
		expect(line('forced_labour')).toContain(tr('dash.in_not_stated'));
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(
			await (await resultsExport(db, params, { exact: false }, opts('xlsx'))).arrayBuffer()
		);
		const rows: string[][] = [];
		wb.worksheets[1].eachRow((r) => rows.push((r.values as string[]).slice(1).map(String)));
		expect(rows.find((r) => r[0] === 'Not stated')).toBeDefined();
		expect(rows.find((r) => r[0] === 'forced_labour')![2]).toBe(tr('dash.in_not_stated'));
		const json = JSON.parse(
			await (await resultsExport(db, params, { exact: false }, opts('json'))).text()
		);
		const jt = json.tables[0];
		expect(jt.rows.map((r: { key: string }) => r.key)).toContain('exploitation=?');
		const jfl = jt.rows.find((r: { key: string }) => r.key === 'exploitation=forced_labour');
		expect(jfl.missing[1]).toBe('in_not_stated');
	});

	it('the disclosure audit protects the "not stated" cell with the rest', () => {
		const years = [2020, 2021];
		const cols = universeColumns(years);
		const { cells } = resultCells(db, years, cols, { protect: true, threshold: 4 });
		const victims = cells.get('victims_identified')!;
		expect(victims.has(cellId('2021', 'exploitation=?'))).toBe(true);
		// rebuild the same cube: its equations hold the "not stated" cell, and no hidden cell of
		// the published pattern is pinned
		const byYear = new Map([
			[
				2020,
				new Map<string, number | null>([
					['', 94],
					['exploitation=sexual', 80],
					['exploitation=forced_labour', 9],
					['exploitation=other', 5]
				])
			],
			[
				2021,
				new Map<string, number | null>([
					['', 95],
					['exploitation=sexual', 85],
					['exploitation=other', 6]
				])
			]
		]);
		const cube = buildCube(
			byYear,
			[{ code: 'exploitation', categories: ['sexual', 'forced_labour', 'other'] }],
			cols
		);
		expect(cube.equations.some((e) => e.parts.includes(cellId('2021', 'exploitation=?')))).toBe(
			true
		);
		const value = new Map(cube.cells.map((c) => [c.id, c.value]));
		const hidden = new Set(cube.cells.filter((c) => !isShown(victims.get(c.id)!)).map((c) => c.id));
		expect(hidden.size).toBeGreaterThan(0);
		expect(auditSuppression({ ...cube, sensitive: true }, value, hidden, 4)).toEqual([]);
	});
});
