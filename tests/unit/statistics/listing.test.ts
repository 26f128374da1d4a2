// The /statistics list shows span reports (figures published for several years together) beside
// the years, for the focal point of a publishing institution and in the reviewers' overview.
import { beforeAll, describe, expect, it } from 'vitest';
import { createStatisticsDb, instId } from '../../factories/statistics';
import {
	institutionYears,
	listStatPeriodsAndSpans,
	periodOverview
} from '../../../src/lib/server/statistics/listing';
import { listStatSpans } from '../../../src/lib/server/statistics/periods';
import type { DB } from '../../../src/lib/server/db/connect';

let db: DB;
beforeAll(() => {
	db = createStatisticsDb();
});

describe('span reports in the statistics list', () => {
	it('lists the seeded 2020–2021 span right after the last year it covers', () => {
		const labels = listStatPeriodsAndSpans(db).map((p) => p.code);
		expect(labels.slice(labels.indexOf('2022'))).toEqual([
			'2022',
			'2021',
			'2020-2021',
			'2020',
			'2019',
			'2018',
			'2017'
		]);
	});

	it("a focal point of MIA sees the span's approved report among its years", () => {
		const rows = institutionYears(db, instId(db, 'MIA'));
		const span = rows.find((r) => r.span);
		expect(span).toMatchObject({ label: '2020–2021', state: 'approved', year: 2020 });
		expect(span!.periodId).toBe(listStatSpans(db)[0].id);
		expect(rows.filter((r) => !r.span).map((r) => r.label)).toContain('2021');
	});

	it("the reviewers' overview of the span lists every reporting institution's report", () => {
		const spanId = listStatSpans(db)[0].id;
		const rows = periodOverview(db, spanId);
		expect(rows.length).toBeGreaterThan(1);
		expect(rows.every((r) => r.span && r.label === '2020–2021')).toBe(true);
		expect(rows.find((r) => r.institutionCode === 'MIA')?.state).toBe('approved');
	});
});
