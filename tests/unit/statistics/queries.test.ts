import { describe, expect, it } from 'vitest';
import { actorFor, createStatisticsDb, instId, periodId } from '../../factories/statistics';
import {
	approvedValue,
	approvedValues,
	approvedYears
} from '../../../src/lib/server/statistics/queries';
import { findReport, saveCells } from '../../../src/lib/server/statistics/reports';
import { changeReportState } from '../../../src/lib/server/statistics/workflow-actions';

const now = new Date('2024-05-02T09:00:00Z');

describe('statistics queries for dashboards', () => {
	it('returns only approved figures, by metric × category × year with the institution', () => {
		const db = createStatisticsDb();
		expect(approvedYears(db)).toEqual([2017, 2018, 2019, 2020, 2021, 2022]);
		const victims = approvedValues(db, { metrics: ['victims_identified'], keys: [''] });
		expect(victims.map((v) => [v.year, v.value, v.institutionCode])).toEqual([
			[2017, 71, 'MIA'],
			[2018, 98, 'MIA'],
			[2019, 91, 'MIA'],
			[2020, 94, 'MIA'],
			[2021, 95, 'MIA'],
			[2022, 94, 'MIA']
		]);
		expect(victims.find((v) => v.year === 2022)!.derived).toBe(true);

		const PGO = instId(db, 'PGO');
		const pgo = actorFor(db, 'focal_point', 'PGO');
		const reviewer = actorFor(db, 'reviewer');
		saveCells(db, pgo, {
			institutionId: PGO,
			periodId: periodId(db, 2023),
			expectedVersion: 0,
			now,
			changes: [
				{
					metric: 'defendants',
					key: '',
					cell: { key: '', value: 18, notAvailable: false, derived: false, source: 'PGO' }
				}
			]
		});
		const id = findReport(db, PGO, periodId(db, 2023))!.id;
		expect(approvedValue(db, 'defendants', '', 2023, 'PGO')).toBeUndefined();
		changeReportState(db, pgo, { reportId: id, action: 'submit', expectedVersion: 2, now });
		expect(approvedValue(db, 'defendants', '', 2023, 'PGO')).toBeUndefined();
		changeReportState(db, reviewer, { reportId: id, action: 'approve', expectedVersion: 3, now });
		expect(approvedValue(db, 'defendants', '', 2023, 'PGO')).toMatchObject({
			value: 18,
			source: 'PGO',
			derived: false
		});
		expect(
			approvedValues(db, {
				metrics: ['defendants'],
				years: [2020, 2023],
				institutions: ['PGO'],
				keys: ['']
			}).map((v) => v.value)
		).toEqual([20, 18]);
	});
});
