// Known, missing and not available: a range with missing years shows the sum of what is known,
// marked with the years it lacks; a figure reported as "not available" is told apart from one
// nobody has reported yet; and a donor never learns a hidden count through a partial sum.
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../../helpers/test-db';
import { makeInstitution, makePlan } from '../../factories';
import {
	approvedStatReport,
	defineStatistics,
	FIGURES_2020_2021
} from '../../factories/stat-fixtures';
import { pinnedCells, type Shown } from '../../helpers/attacker';
import { dashboardPlans, getResultsView } from '../../../src/lib/server/dashboards/results-view';
import { resultsExport } from '../../../src/lib/server/dashboards/results-export';
import { translate } from '../../../src/lib/i18n/core';
import { missingKind, type DashTable } from '../../../src/lib/safe-table';
import type { DB } from '../../../src/lib/server/db/connect';

const tr = (k: string, p?: Record<string, string | number>) => translate('en', k, p);

let db: DB;
beforeEach(() => {
	db = createTestDb();
	const ids = defineStatistics(db);
	makePlan(db, { code: '4NAP-CT', startYear: 2020, endYear: 2024 });
	const inst = {
		MIA: makeInstitution(db).id,
		PGO: makeInstitution(db).id,
		SC: makeInstitution(db).id
	};
	for (const [year, reports] of Object.entries(FIGURES_2020_2021))
		for (const r of reports)
			approvedStatReport(db, ids, {
				institutionId: inst[r.inst],
				year: Number(year),
				values: r.values
			});
	// 2022: nothing approved. 2023: victims by sex; children reported as not available by the
	// source; citizenship not reported at all
	approvedStatReport(db, ids, {
		institutionId: inst.MIA,
		year: 2023,
		values: [
			['victims_identified', '', 10],
			['victims_identified', 'sex=female', 6],
			['victims_identified', 'sex=male', 4],
			['victims_identified', 'age=child', null]
		]
	});
});

const view = (exact: boolean, fromYear = 2020, toYear = 2024) =>
	getResultsView(db, {
		plan: dashboardPlans(db, null, '2024-06-01').plans[0],
		fromYear,
		toYear,
		aim: null,
		exact,
		threshold: 4
	});
const table = (tables: DashTable[], id: string) => tables.find((t) => t.id === id)!;
const row = (t: DashTable, key: string) => t.rows.find((r) => r.key === key)!;

describe('ranges with missing years', () => {
	it('shows the known sum over 2020–2024 and names the year it lacks', () => {
		const v = view(true);
		expect(v.columns.map((c) => c.id)).toEqual(['2020', '2021', '2023', '2020-2023']);
		const sex = table(v.tables, 'victims_sex');
		expect(row(sex, 'total').cells[3]).toEqual({ shown: 199, lacks: [2022] });
		expect(row(sex, 'sex=male').cells[3]).toEqual({ shown: 9, lacks: [2022] });
		expect(sex.notes?.map((n) => n.en)).toEqual([
			'* 2020–2023: sum of the years known, without 2022.'
		]);
		// citizenship is missing in 2023 too: its rows lack it, the total does not
		const cit = table(v.tables, 'victims_citizenship');
		expect(row(cit, 'citizenship=national').cells[3]).toEqual({ shown: 188, lacks: [2022, 2023] });
		expect(row(cit, 'total').cells[3]).toEqual({ shown: 199, lacks: [2022] });
		expect(cit.notes?.map((n) => n.en)).toContain(
			'* 2020–2023, national; foreign: sum of the years known, without 2022, 2023.'
		);
		// offences were reported for 2020 and 2021 only: known sum, without 2022 and 2023
		expect(row(table(v.tables, 'crimes'), 'article=144-1').cells[3]).toEqual({
			shown: 311,
			lacks: [2022, 2023]
		});
	});

	it('tells a figure reported as not available from one not reported yet, in files too', async () => {
		const v = view(true);
		const child = row(table(v.tables, 'victims_age'), 'age=child');
		const foreign = row(table(v.tables, 'victims_citizenship'), 'citizenship=foreign');
		expect(child.cells[2]).toBeNull();
		expect(missingKind(child, 2)).toBe('unavailable');
		expect(foreign.cells[2]).toBeNull();
		expect(missingKind(foreign, 2)).toBe('unreported');

		const params = new URLSearchParams({ from: '2020', to: '2024' });
		const opts = (format: 'csv' | 'json') => ({
			format,
			name: 'x',
			locale: 'en' as const,
			tr,
			formatDate: (s: string) => s
		});
		const json = JSON.parse(
			await (await resultsExport(db, params, { exact: false }, opts('json'))).text()
		);
		const jt = (id: string) => json.tables.find((t: { id: string }) => t.id === id);
		const jr = (id: string, key: string) => jt(id).rows.find((r: { key: string }) => r.key === key);
		expect(jr('victims_age', 'age=child').missing[2]).toBe('not_available');
		expect(jr('victims_citizenship', 'citizenship=foreign').missing[2]).toBe('not_reported');
		expect(jr('victims_sex', 'total').cells[3]).toEqual({ shown: 199, lacks: [2022] });
		expect(jt('victims_sex').notes[0].az).toBe('* 2020–2023: məlum illərin cəmi, 2022 olmadan.');

		const csv = await (await resultsExport(db, params, { exact: false }, opts('csv'))).text();
		const lines = csv.split('\r\n');
		// the donor's file: protected cells, partial sums marked, both kinds of missing named
		const sex = lines.slice(lines.indexOf('"Victims identified, by sex"'));
		expect(sex.slice(1, 6)).toEqual([
			',2020,2021,2023,2020–2023',
			'female,[c],[c],[c],[c]*',
			'male,<5,<5,<5,[c]*',
			'Total,94,95,10,199*',
			'"* 2020–2023: sum of the years known, without 2022."'
		]);
		expect(lines).toContain('child,<5,0,n/a,<5*');
		expect(lines).toContain('foreign,<5,<5,not yet,<5*');
		expect(lines).toContain(
			'"“n/a”: not available from the source, as the institution reported; “not yet”: not reported yet."'
		);
	});

	it('never lets a donor work out a hidden count through a partial sum', () => {
		// every selection a donor can make, pooled as a reader would
		const shown = new Map<string, Shown>();
		const truth = new Map<string, number>();
		const lacks = new Map<string, string>();
		const years = [2020, 2021, 2023];
		for (const from of years)
			for (const to of years.filter((y) => y >= from)) {
				const safe = view(false, from, to).tables;
				const exact = view(true, from, to).tables;
				for (const t of safe.filter((x) => x.id === 'victims_sex'))
					t.rows.forEach((r, ri) =>
						r.cells.forEach((c, i) => {
							const id = `${t.columns[i].id}|${r.key}`;
							const real = table(exact, t.id).rows[ri].cells[i];
							if (c === null || real === null || !('shown' in real)) return;
							shown.set(id, 'shown' in c ? c.shown : c.label);
							truth.set(id, real.shown);
							lacks.set(id, c.lacks?.join() ?? '');
						})
					);
			}
		expect(shown.get('2023|sex=male')).toBe('<5');
		expect(lacks.get('2020-2023|sex=male')).toBe('2022');
		// what a reader can write: a range is the sum of its known years; a column adds up where
		// its figures cover the same years
		const equations: { total: string; parts: string[] }[] = [];
		const cols = new Set([...shown.keys()].map((id) => id.split('|')[0]));
		for (const c of cols) {
			const ids = [...shown.keys()].filter((id) => id.startsWith(`${c}|`));
			const total = `${c}|total`;
			const parts = ids.filter((id) => id !== total);
			if (shown.has(total) && parts.every((id) => lacks.get(id) === lacks.get(total)))
				equations.push({ total, parts });
			if (!c.includes('-')) continue;
			const [a, b] = c.split('-').map(Number);
			for (const id of ids) {
				const key = id.split('|')[1];
				const ys = years
					.filter((y) => y >= a && y <= b)
					.map((y) => `${y}|${key}`)
					.filter((x) => shown.has(x));
				if (ys.length) equations.push({ total: id, parts: ys });
			}
		}
		expect(pinnedCells({ shown, truth, equations, threshold: 4 })).toEqual([]);
	});
});
