// Test oracle: approved statistics read straight from the tables, to check the seed against the
// published figures independently of the dashboards' own queries. Only approved reports count; a
// value is null with notAvailable = true when the institution said "not available" (not zero).
import { and, asc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import {
	institution,
	reportingPeriod,
	statMetric,
	statReport,
	statValue
} from '../../src/lib/server/db/schema';
import type { DB } from '../../src/lib/server/db/connect';

export interface ApprovedValue {
	metric: string;
	metricId: number;
	categoryKey: string;
	year: number;
	periodId: number;
	institutionId: number;
	institutionCode: string;
	value: number | null;
	notAvailable: boolean;
	derived: boolean;
	source: string | null;
}

export interface ValueFilter {
	metrics?: string[];
	years?: number[];
	institutions?: string[];
	/** category keys; [''] gives totals only */
	keys?: string[];
	/** figures of multi-year spans instead of years ('2020-2021') */
	span?: string;
}

const yearOf = sql<number>`cast(substr(${reportingPeriod.startDate}, 1, 4) as integer)`;

/** Approved values by metric × category × year, with the reporting institution. */
export function approvedValues(db: DB, filter: ValueFilter = {}): ApprovedValue[] {
	const where: SQL[] = [
		eq(statReport.state, 'approved'),
		eq(reportingPeriod.scope, 'statistics'),
		isNull(reportingPeriod.planId)
	];
	if (filter.metrics) where.push(inArray(statMetric.code, filter.metrics));
	if (filter.years) where.push(inArray(yearOf, filter.years));
	if (filter.institutions) where.push(inArray(institution.code, filter.institutions));
	if (filter.keys) where.push(inArray(statValue.categoryKey, filter.keys));
	where.push(
		filter.span === undefined
			? ne(reportingPeriod.kind, 'span')
			: eq(reportingPeriod.code, filter.span)
	);
	return db
		.select({
			metric: statMetric.code,
			metricId: statMetric.id,
			categoryKey: statValue.categoryKey,
			year: yearOf,
			periodId: reportingPeriod.id,
			institutionId: institution.id,
			institutionCode: institution.code,
			value: statValue.value,
			notAvailable: statValue.notAvailable,
			derived: statValue.derived,
			source: statValue.sourceEn,
			sourceAz: statValue.sourceAz
		})
		.from(statValue)
		.innerJoin(statReport, eq(statValue.reportId, statReport.id))
		.innerJoin(reportingPeriod, eq(statReport.periodId, reportingPeriod.id))
		.innerJoin(statMetric, eq(statValue.metricId, statMetric.id))
		.innerJoin(institution, eq(statReport.institutionId, institution.id))
		.where(and(...where))
		.orderBy(
			asc(statMetric.sortOrder),
			asc(yearOf),
			asc(institution.code),
			asc(statValue.categoryKey)
		)
		.all();
}

/** One approved value, or undefined when that cell was not reported. */
export function approvedValue(
	db: DB,
	metric: string,
	key: string,
	year: number,
	institutionCode: string
): ApprovedValue | undefined {
	return approvedValues(db, {
		metrics: [metric],
		keys: [key],
		years: [year],
		institutions: [institutionCode]
	})[0];
}
