// How far each round-table decision has got: per assigned institution, the status of its latest
// approved report and whether a newer report is waiting for review; overall, done or overdue.
import { desc, eq, inArray } from 'drizzle-orm';
import { progressReport, reportingPeriod } from '../db/schema';
import type { DB } from '../db/connect';
import { bakuDate } from './as-of';
import { combineStatus, type ActionStatus } from '../plan/action-status';

export interface DecisionProgress {
	status: ActionStatus;
	done: boolean;
	overdue: boolean;
	byInstitution: Map<number, { status: ActionStatus; pending: boolean }>;
}

export function decisionProgress(
	db: DB,
	decisions: { id: number; dueDate: string | null; institutionIds: number[] }[],
	now: Date
): Map<number, DecisionProgress> {
	const ids = decisions.map((d) => d.id);
	const reports = ids.length
		? db
				.select({ r: progressReport })
				.from(progressReport)
				.innerJoin(reportingPeriod, eq(reportingPeriod.id, progressReport.periodId))
				.where(inArray(progressReport.actionId, ids))
				.orderBy(desc(reportingPeriod.endDate), desc(progressReport.id))
				.all()
				.map((x) => x.r)
		: [];
	const today = bakuDate(now);
	const out = new Map<number, DecisionProgress>();
	for (const d of decisions) {
		const byInstitution = new Map<number, { status: ActionStatus; pending: boolean }>();
		for (const inst of d.institutionIds) {
			const mine = reports.filter((r) => r.actionId === d.id && r.institutionId === inst);
			const approved = mine.find((r) => r.state === 'approved');
			byInstitution.set(inst, {
				status: approved ? (approved.status as ActionStatus) : 'no_report',
				pending: mine.some((r) => r.state === 'submitted')
			});
		}
		// an institution that has not reported yet holds the decision back from "completed"
		const all = [...byInstitution.values()];
		const status = all.every((v) => v.status === 'no_report')
			? 'no_report'
			: combineStatus(all.map((v) => (v.status === 'no_report' ? 'not_started' : v.status)));
		const done = status === 'completed';
		out.set(d.id, {
			status,
			done,
			overdue: !done && d.dueDate !== null && d.dueDate < today,
			byInstitution
		});
	}
	return out;
}
