// Statistics definitions and approved reports for dashboard tests, with the metric, dimension
// and category codes of seed/steps/60-statistics.ts (the subset the dashboards read).
import { and, eq, isNull } from 'drizzle-orm';
import {
	reportingPeriod,
	statCategory,
	statDimension,
	statMetric,
	statReport,
	statValue
} from '../../src/lib/server/db/schema';
import type { DB } from '../../src/lib/server/db/connect';
import { seedResultTables } from '../../seed/statistics/result-tables';

export const FIXTURE_DIMS: Record<string, string[]> = {
	article: ['144-1', '144-2', '144-3'],
	sex: ['female', 'male'],
	age: ['adult', 'child'],
	citizenship: ['national', 'foreign'],
	exploitation: ['sexual', 'forced_labour', 'other'],
	sentence: ['imprisonment', 'conditional', 'postponed'],
	assistance_type: [
		'one_time_allowance',
		'shelter',
		'vocational_training',
		'psychological',
		'legal'
	]
};

const SENSITIVE = new Set(['victims_identified', 'victims_assisted', 'assistance_provided']);
const METRICS = [
	'crimes_registered',
	'criminal_cases_opened',
	'defendants',
	'investigations_completed',
	'persons_sent_to_court',
	'persons_convicted',
	'victims_identified',
	'victims_assisted',
	'assistance_provided'
];

export function defineStatistics(db: DB): Map<string, number> {
	for (const [code, cats] of Object.entries(FIXTURE_DIMS)) {
		const d = db
			.insert(statDimension)
			.values({ code, nameAz: `${code} az`, nameEn: code })
			.returning()
			.get();
		cats.forEach((c, i) =>
			db
				.insert(statCategory)
				.values({ dimensionId: d.id, code: c, nameAz: `${c} (az)`, nameEn: c, sortOrder: i + 1 })
				.run()
		);
	}
	const ids = new Map<string, number>();
	for (const code of METRICS) {
		const m = db
			.insert(statMetric)
			.values({ code, nameAz: `${code} az`, nameEn: code, sensitive: SENSITIVE.has(code) })
			.returning()
			.get();
		ids.set(code, m.id);
	}
	// the results page's tables, as seeded (those whose metrics are defined here)
	seedResultTables(db, { partial: true });
	return ids;
}

export function statYear(db: DB, year: number) {
	const found = db
		.select()
		.from(reportingPeriod)
		.where(
			and(
				eq(reportingPeriod.scope, 'statistics'),
				isNull(reportingPeriod.planId),
				eq(reportingPeriod.code, `${year}`)
			)
		)
		.get();
	return (
		found ??
		db
			.insert(reportingPeriod)
			.values({
				scope: 'statistics',
				kind: 'year',
				code: `${year}`,
				startDate: `${year}-01-01`,
				endDate: `${year}-12-31`,
				dueDate: `${year + 1}-03-31`
			})
			.returning()
			.get()
	);
}

export type FixtureValue = [metric: string, key: string, value: number | null];

/** An approved statistics report of one institution for one year. */
export function approvedStatReport(
	db: DB,
	metricIds: Map<string, number>,
	o: {
		institutionId: number;
		year: number;
		values: FixtureValue[];
		state?: 'approved' | 'submitted';
		at?: Date;
	}
) {
	const at = o.at ?? new Date('2023-03-01T10:00:00Z');
	const report = db
		.insert(statReport)
		.values({
			institutionId: o.institutionId,
			periodId: statYear(db, o.year).id,
			state: o.state ?? 'approved',
			reviewedAt: at,
			submittedAt: at
		})
		.returning()
		.get();
	for (const [metric, key, value] of o.values)
		db.insert(statValue)
			.values({
				reportId: report.id,
				metricId: metricIds.get(metric)!,
				categoryKey: key,
				value,
				notAvailable: value === null
			})
			.run();
	return report;
}

/** The 2020 and 2021 figures as the statistics seed stores them (one-dimensional cells). */
export const FIGURES_2020_2021: Record<
	number,
	{ inst: 'MIA' | 'PGO' | 'SC'; values: FixtureValue[] }[]
> = {
	2020: [
		{
			inst: 'MIA',
			values: [
				['crimes_registered', 'article=144-1', 155],
				['crimes_registered', 'article=144-2', null],
				['crimes_registered', 'article=144-3', 40],
				['victims_identified', '', 94],
				['victims_identified', 'sex=female', 90],
				['victims_identified', 'sex=male', 4],
				['victims_identified', 'age=child', 2],
				['victims_identified', 'citizenship=national', 93],
				['victims_identified', 'citizenship=foreign', 1],
				['victims_identified', 'exploitation=sexual', 85],
				['victims_identified', 'exploitation=forced_labour', 9]
			]
		},
		{
			inst: 'PGO',
			values: [
				['defendants', '', 20],
				['defendants', 'sex=female', 17],
				['defendants', 'sex=male', 3]
			]
		},
		{
			inst: 'SC',
			values: [
				['persons_convicted', '', 15],
				['persons_convicted', 'sentence=imprisonment', 12],
				['persons_convicted', 'sentence=conditional', 2],
				['persons_convicted', 'sentence=postponed', 1]
			]
		}
	],
	2021: [
		{
			inst: 'MIA',
			values: [
				['crimes_registered', 'article=144-1', 156],
				['crimes_registered', 'article=144-2', null],
				['crimes_registered', 'article=144-3', 43],
				['victims_identified', '', 95],
				['victims_identified', 'sex=female', 94],
				['victims_identified', 'sex=male', 1],
				['victims_identified', 'age=adult', 95],
				['victims_identified', 'age=child', 0],
				['victims_identified', 'citizenship=national', 95],
				['victims_identified', 'citizenship=foreign', 0],
				['victims_identified', 'exploitation=sexual', 94],
				['victims_identified', 'exploitation=forced_labour', 1]
			]
		},
		{ inst: 'PGO', values: [['defendants', '', 15]] },
		{
			inst: 'SC',
			values: [
				['persons_convicted', '', 13],
				['persons_convicted', 'sentence=imprisonment', 12],
				['persons_convicted', 'sentence=conditional', 0],
				['persons_convicted', 'sentence=postponed', 1]
			]
		}
	]
};
