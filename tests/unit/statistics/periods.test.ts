import { describe, expect, it } from 'vitest';
import { createStatisticsDb } from '../../factories/statistics';
import { makePeriod, makePlan } from '../../factories';
import {
	getStatPeriod,
	listStatPeriods,
	statPeriodForYear
} from '../../../src/lib/server/statistics/periods';

describe('statistics years', () => {
	it('are the plan-less yearly rows 2017–2024, closed up to the last published year', () => {
		const db = createStatisticsDb();
		const years = listStatPeriods(db).map((p) => [p.code, p.status, p.kind, p.planId]);
		expect(years).toEqual(
			[2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017].map((y) => [
				String(y),
				y > 2022 ? 'open' : 'closed',
				'year',
				null
			])
		);
	});

	it('ignore statistics-scope periods tied to a plan, so that a year never exists twice', () => {
		const db = createStatisticsDb();
		const plan = makePlan(db);
		const tied = makePeriod(db, {
			planId: plan.id,
			scope: 'statistics',
			kind: 'year',
			code: '2023',
			startDate: '2023-01-01',
			endDate: '2023-12-31'
		});
		expect(listStatPeriods(db)).toHaveLength(8);
		expect(statPeriodForYear(db, 2023)!.planId).toBeNull();
		expect(getStatPeriod(db, tied.id)).toBeNull();
	});
});
