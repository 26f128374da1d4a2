import { beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../../helpers/test-db';
import { makeInstitution, makePlan } from '../../factories';
import {
	approvedStatReport,
	defineStatistics,
	FIGURES_2020_2021
} from '../../factories/stat-fixtures';
import { dashboardPlans, getResultsView } from '../../../src/lib/server/dashboards/results-view';
import type { DB } from '../../../src/lib/server/db/connect';
import type { DashTable } from '../../../src/lib/safe-table';

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
});

const row = (t: DashTable | undefined, key: string) => t?.rows.find((r) => r.key === key)?.cells;
const view = (exact: boolean) =>
	getResultsView(db, {
		plan: dashboardPlans(db, null, '2022-06-01').plans[0],
		fromYear: 2020,
		toYear: 2021,
		aim: null,
		exact,
		threshold: 4
	});

describe('results', () => {
	it('reproduces the announced 2020–2021 totals in the range column for reviewers', () => {
		const v = view(true);
		expect(v.columns.map((c) => c.id)).toEqual(['2020', '2021', '2020-2021']);
		const t = (id: string) => v.tables.find((x) => x.id === id);
		const last = (id: string, key: string) => row(t(id), key)?.[2];
		expect(last('crimes', 'article=144-1')).toEqual({ shown: 311 });
		expect(last('crimes', 'article=144-3')).toEqual({ shown: 83 });
		expect(last('crimes', 'article=144-2')).toBeNull();
		expect(last('victims_sex', 'total')).toEqual({ shown: 189 });
		expect(last('victims_sex', 'sex=female')).toEqual({ shown: 184 });
		expect(last('victims_sex', 'sex=male')).toEqual({ shown: 5 });
		expect(last('victims_age', 'age=child')).toEqual({ shown: 2 });
		expect(last('victims_citizenship', 'citizenship=national')).toEqual({ shown: 188 });
		expect(last('victims_citizenship', 'citizenship=foreign')).toEqual({ shown: 1 });
		expect(last('victims_exploitation', 'exploitation=sexual')).toEqual({ shown: 179 });
		expect(last('victims_exploitation', 'exploitation=forced_labour')).toEqual({ shown: 10 });
		expect(last('defendants', 'total')).toEqual({ shown: 35 });
		expect(last('convicted', 'total')).toEqual({ shown: 28 });
		expect(last('convicted', 'sentence=imprisonment')).toEqual({ shown: 24 });
	});

	it('hides small victim counts for donors but keeps the totals', () => {
		const v = view(false);
		const t = (id: string) => v.tables.find((x) => x.id === id);
		const last = (id: string, key: string) => row(t(id), key)?.[2];
		expect(last('victims_sex', 'total')).toEqual({ shown: 189 });
		expect(last('victims_age', 'age=child')).toEqual({ suppressed: true, label: '<5' });
		expect(last('victims_citizenship', 'citizenship=foreign')).toEqual({
			suppressed: true,
			label: '<5'
		});
		expect(row(t('victims_sex'), 'sex=male')?.[0]).toEqual({ suppressed: true, label: '<5' });
		// offences and convictions are not counts of victims: shown as they are
		expect(last('crimes', 'article=144-1')).toEqual({ shown: 311 });
		expect(last('convicted', 'sentence=conditional')).toEqual({ shown: 2 });
	});
});
