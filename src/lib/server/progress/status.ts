// Who owes which reports in a period, and how complete and timely each institution is:
// shared by the completeness view, "my actions" and the reminders.
import { and, eq, inArray, min } from 'drizzle-orm';
import { action, actionInstitution, progressReport, workflowEvent } from '../db/schema';
import type { ReportingPeriod, WorkflowState } from '../db/schema';
import { actionActiveIn } from './assignments';
import type { DB } from '../db/connect';

type Q = Pick<DB, 'select'>;

/** institutionId → the ids of the actions it reports on in this period. */
export function periodAssignments(db: Q, p: ReportingPeriod): Map<number, number[]> {
	const rows = db
		.select({
			actionId: action.id,
			institutionId: actionInstitution.institutionId,
			startYear: action.startYear,
			endYear: action.endYear,
			dueDate: action.dueDate,
			withdrawnAt: action.withdrawnAt
		})
		.from(actionInstitution)
		.innerJoin(action, eq(action.id, actionInstitution.actionId))
		.where(p.planId === null ? undefined : eq(action.planId, p.planId))
		.all();
	const out = new Map<number, number[]>();
	for (const r of rows) {
		if (!actionActiveIn(r, p)) continue;
		const list = out.get(r.institutionId) ?? [];
		list.push(r.actionId);
		out.set(r.institutionId, list);
	}
	return out;
}

export interface ReportState {
	id: number;
	actionId: number;
	institutionId: number;
	state: WorkflowState;
	firstSubmittedAt: Date | null;
}

/** Every report of a period, keyed `actionId:institutionId`, with its first submission time. */
export function periodReports(db: Q, periodId: number): Map<string, ReportState> {
	const reports = db
		.select({
			id: progressReport.id,
			actionId: progressReport.actionId,
			institutionId: progressReport.institutionId,
			state: progressReport.state
		})
		.from(progressReport)
		.where(eq(progressReport.periodId, periodId))
		.all();
	const firsts = new Map<number, Date>();
	if (reports.length) {
		const ev = db
			.select({ id: workflowEvent.subjectId, at: min(workflowEvent.at) })
			.from(workflowEvent)
			.where(
				and(
					eq(workflowEvent.subjectType, 'progress'),
					eq(workflowEvent.toState, 'submitted'),
					inArray(
						workflowEvent.subjectId,
						reports.map((r) => r.id)
					)
				)
			)
			.groupBy(workflowEvent.subjectId)
			.all();
		for (const e of ev) if (e.at !== null) firsts.set(e.id, new Date(e.at));
	}
	const out = new Map<string, ReportState>();
	for (const r of reports)
		out.set(`${r.actionId}:${r.institutionId}`, {
			...r,
			firstSubmittedAt: firsts.get(r.id) ?? null
		});
	return out;
}

export type Timeliness = 'on_time' | 'late' | 'incomplete' | 'missing' | 'not_due';

export interface Completeness {
	expected: number;
	/** submitted or approved */
	done: number;
	approved: number;
	late: number;
	status: Timeliness;
	daysOverdue: number;
}

const DAY = 86_400_000;
/** The end of the due day, UTC. */
export const dueEnd = (dueDate: string) => new Date(`${dueDate}T23:59:59.999Z`);

export function completenessOf(
	p: Pick<ReportingPeriod, 'dueDate'>,
	actionIds: number[],
	institutionId: number,
	reports: Map<string, ReportState>,
	now: Date
): Completeness {
	const due = dueEnd(p.dueDate);
	let done = 0;
	let approved = 0;
	let late = 0;
	for (const a of actionIds) {
		const r = reports.get(`${a}:${institutionId}`);
		if (!r || (r.state !== 'submitted' && r.state !== 'approved')) continue;
		done++;
		if (r.state === 'approved') approved++;
		if (r.firstSubmittedAt && r.firstSubmittedAt > due) late++;
	}
	const expected = actionIds.length;
	const overdue = now > due;
	const status: Timeliness =
		done === expected
			? late > 0
				? 'late'
				: 'on_time'
			: !overdue
				? 'not_due'
				: done === 0
					? 'missing'
					: 'incomplete';
	const daysOverdue =
		overdue && done < expected ? Math.floor((now.getTime() - due.getTime()) / DAY) + 1 : 0;
	return { expected, done, approved, late, status, daysOverdue };
}
