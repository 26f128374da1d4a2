// The focal point's home: every reporting period with the institution's completeness, the chosen
// period's actions with their report state, and whatever the reviewers returned.
import { and, asc, eq, isNull, ne, or } from 'drizzle-orm';
import { action, plan, progressReport, reportingPeriod } from '../db/schema';
import type { ReportingPeriod } from '../db/schema';
import { actionActiveIn, listInstitutionActions } from './assignments';
import { completenessOf, periodAssignments, periodReports } from './status';
import { getException, periodAcceptsWork } from './periods';
import type { DB } from '../db/connect';

export function returnedReports(db: Pick<DB, 'select'>, institutionId: number) {
	return db
		.select({
			id: progressReport.id,
			returnReason: progressReport.returnReason,
			reviewedAt: progressReport.reviewedAt,
			actionCode: action.code,
			textAz: action.textAz,
			textEn: action.textEn,
			periodCode: reportingPeriod.code,
			dueDate: reportingPeriod.dueDate
		})
		.from(progressReport)
		.innerJoin(action, eq(action.id, progressReport.actionId))
		.innerJoin(reportingPeriod, eq(reportingPeriod.id, progressReport.periodId))
		.where(
			and(eq(progressReport.institutionId, institutionId), eq(progressReport.state, 'returned'))
		)
		.orderBy(asc(progressReport.reviewedAt))
		.all();
}

/** The period to show first: the oldest open one with reports still owed, else the latest. */
function defaultPeriod(periods: { p: ReportingPeriod; owed: number }[]): ReportingPeriod | null {
	const open = periods.filter((x) => x.p.status === 'open');
	return (open.find((x) => x.owed > 0) ?? open.at(-1) ?? periods.at(-1))?.p ?? null;
}

export function myActions(db: DB, institutionId: number, periodCode: string | null, now: Date) {
	// periods of a draft plan stay out of sight until the plan is published
	const periods = db
		.select({ period: reportingPeriod })
		.from(reportingPeriod)
		.leftJoin(plan, eq(plan.id, reportingPeriod.planId))
		.where(
			and(eq(reportingPeriod.scope, 'progress'), or(isNull(plan.id), ne(plan.status, 'draft')))
		)
		.orderBy(asc(reportingPeriod.startDate))
		.all()
		.map((r) => r.period);
	const summary = periods.map((p) => {
		const ids = periodAssignments(db, p).get(institutionId) ?? [];
		const c = completenessOf(p, ids, institutionId, periodReports(db, p.id), now);
		return { p, owed: c.expected - c.done, c };
	});
	const chosen = periods.find((p) => p.code === periodCode) ?? defaultPeriod(summary);
	let rows: ReturnType<typeof rowsFor> = [];
	let accepts = false;
	let exception = null;
	if (chosen) {
		rows = rowsFor(db, institutionId, chosen);
		accepts = periodAcceptsWork(db, chosen, institutionId, null, now);
		exception = getException(db, chosen.id, institutionId);
	}
	return {
		periods: summary.map(({ p, c }) => ({
			id: p.id,
			code: p.code,
			startDate: p.startDate,
			endDate: p.endDate,
			dueDate: p.dueDate,
			status: p.status,
			c
		})),
		period: chosen,
		accepts,
		exception,
		rows,
		returned: returnedReports(db, institutionId)
	};
}

function rowsFor(db: DB, institutionId: number, p: ReportingPeriod) {
	const reports = new Map(
		db
			.select()
			.from(progressReport)
			.where(
				and(eq(progressReport.institutionId, institutionId), eq(progressReport.periodId, p.id))
			)
			.all()
			.map((r) => [r.actionId, r])
	);
	return (
		listInstitutionActions(db, institutionId, p.planId ?? undefined)
			.filter((a) => actionActiveIn(a, p))
			.map((a) => {
				const r = reports.get(a.id);
				return {
					...a,
					report: r
						? {
								id: r.id,
								state: r.state,
								status: r.status,
								percent: r.percent,
								updatedAt: r.updatedAt,
								returnReason: r.returnReason
							}
						: null
				};
			})
			// returned first, then not started and drafts, then the rest, each in plan order
			.sort((x, y) => rank(x.report?.state) - rank(y.report?.state))
	);
}

const RANK: Record<string, number> = { returned: 0, none: 1, draft: 1, submitted: 2, approved: 3 };
const rank = (s: string | undefined) => RANK[s ?? 'none'];
