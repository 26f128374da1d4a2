// A figure is stored once: a span of years (2020–2021) and a year inside it (2021) may not both
// carry a figure for the same institution, metric and cell, or a range would count it twice.
import { and, eq, gte, isNotNull, lte, ne } from 'drizzle-orm';
import {
	reportingPeriod,
	statMetric,
	statReport,
	statValue,
	type ReportingPeriod
} from '../db/schema';
import type { DB } from '../db/connect';
import type { CellChange } from './reports';

/** `metric|key` of the changes that would overlap a figure already stored for an overlapping period. */
export function spanOverlaps(
	db: Pick<DB, 'select'>,
	institutionId: number,
	period: ReportingPeriod,
	changes: CellChange[]
): string[] {
	const given = changes.filter((c) => c.cell && !c.cell.notAvailable && c.cell.value !== null);
	if (given.length === 0) return [];
	// spans overlap the years inside them; a year overlaps the spans covering it
	const others = db
		.select({ id: reportingPeriod.id })
		.from(reportingPeriod)
		.where(
			and(
				eq(reportingPeriod.scope, 'statistics'),
				period.kind === 'span'
					? ne(reportingPeriod.kind, 'span')
					: eq(reportingPeriod.kind, 'span'),
				ne(reportingPeriod.id, period.id),
				lte(reportingPeriod.startDate, period.endDate),
				gte(reportingPeriod.endDate, period.startDate)
			)
		)
		.all()
		.map((p) => p.id);
	if (others.length === 0) return [];
	const stored = new Set(
		others.flatMap((pid) =>
			db
				.select({ metric: statMetric.code, key: statValue.categoryKey })
				.from(statValue)
				.innerJoin(statReport, eq(statReport.id, statValue.reportId))
				.innerJoin(statMetric, eq(statMetric.id, statValue.metricId))
				.where(
					and(
						eq(statReport.institutionId, institutionId),
						eq(statReport.periodId, pid),
						isNotNull(statValue.value)
					)
				)
				.all()
				.map((r) => `${r.metric}|${r.key}`)
		)
	);
	return given.map((c) => `${c.metric}|${c.key}`).filter((k) => stored.has(k));
}
