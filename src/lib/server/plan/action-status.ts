// An action's status: the one vocabulary and the one rule, used by the implementation dashboard,
// the donor summary, the round-table pack, compare, snapshots and the action page.
//
// The rule (what a round table expects): every institution linked to the action counts with its
// latest approved report (up to the as-of date); a body that has not reported does not count.
//   no approved report from any body               → no_report
//   every body reports "not applicable"            → not_applicable
//   otherwise, leaving out "not applicable":
//     every body reports completed                 → completed
//     any body reports delayed                     → delayed (a delay anywhere holds the action up)
//     any body reports completed / partially done  → partially_completed
//     any body reports in progress                 → in_progress
//     else                                         → not_started
// Percent complete is the mean over the bodies that count (a completed report without a percent
// counts as 100, any other as 0). The lead institution's report is the one a drill-down opens.
import { sql, type SQL } from 'drizzle-orm';

export const ACTION_STATUSES = [
	'completed',
	'partially_completed',
	'in_progress',
	'not_started',
	'delayed',
	'not_applicable',
	'no_report'
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** What one institution can report (every status but "no report"). */
export const REPORT_STATUSES = ACTION_STATUSES.filter((s) => s !== 'no_report');

export function isActionStatus(s: string): s is ActionStatus {
	return (ACTION_STATUSES as readonly string[]).includes(s);
}

/** The rule above, over the latest approved status of each body. */
export function combineStatus(statuses: readonly string[]): ActionStatus {
	if (statuses.length === 0) return 'no_report';
	const relevant = statuses.filter((s) => s !== 'not_applicable');
	if (relevant.length === 0) return 'not_applicable';
	if (relevant.every((s) => s === 'completed')) return 'completed';
	if (relevant.includes('delayed')) return 'delayed';
	if (relevant.some((s) => s === 'completed' || s === 'partially_completed'))
		return 'partially_completed';
	if (relevant.includes('in_progress')) return 'in_progress';
	return 'not_started';
}

/** A report's percent as the rule counts it. */
export const reportPercent = (status: string, percent: number | null) =>
	status === 'completed' ? (percent ?? 100) : (percent ?? 0);

/** The mean percent of the bodies that count, or null when none does. */
export function combinePercent(reports: { status: string; percent: number | null }[]) {
	const counted = reports.filter((r) => r.status !== 'not_applicable');
	if (counted.length === 0) return null;
	return Math.round(
		counted.reduce((s, r) => s + reportPercent(r.status, r.percent), 0) / counted.length
	);
}

/** actionId → status, from one latest approved report per action × institution. */
export function actionStatuses(
	rows: { actionId: number; status: string }[]
): Map<number, ActionStatus> {
	const by = new Map<number, string[]>();
	for (const r of rows) by.set(r.actionId, [...(by.get(r.actionId) ?? []), r.status]);
	return new Map([...by].map(([id, list]) => [id, combineStatus(list)]));
}

/**
 * The same rule in SQL: a CTE `action_status(action_id, status, percent, report_id,
 * report_institution)` over the latest approved report of each body with a period ending by
 * `end` (optionally one institution's reports only). Prefix it with `WITH`.
 */
export function actionStatusCteSql(end: string, institutionId: number | null): SQL {
	const inst = institutionId === null ? sql`` : sql`AND pr.institution_id = ${institutionId}`;
	return sql`
		body_latest AS (
			SELECT pr.action_id, pr.id AS report_id, pr.institution_id, pr.status, pr.percent,
				ROW_NUMBER() OVER (
					PARTITION BY pr.action_id, pr.institution_id ORDER BY p.end_date DESC, p.id DESC
				) AS rn,
				CASE ai.role WHEN 'lead' THEN 0 WHEN 'co' THEN 1 ELSE 2 END AS role_rank
			FROM progress_report pr
			JOIN reporting_period p ON p.id = pr.period_id
			JOIN action_institution ai ON ai.action_id = pr.action_id AND ai.institution_id = pr.institution_id
			WHERE pr.state = 'approved' AND p.end_date <= ${end} ${inst}
		),
		body_pick AS (
			SELECT *, ROW_NUMBER() OVER (PARTITION BY action_id ORDER BY role_rank, institution_id) AS pick
			FROM body_latest WHERE rn = 1
		),
		action_status AS (
			SELECT action_id,
				CASE
					WHEN SUM(status <> 'not_applicable') = 0 THEN 'not_applicable'
					WHEN SUM(status = 'completed') = SUM(status <> 'not_applicable') THEN 'completed'
					WHEN SUM(status = 'delayed') > 0 THEN 'delayed'
					WHEN SUM(status IN ('completed', 'partially_completed')) > 0 THEN 'partially_completed'
					WHEN SUM(status = 'in_progress') > 0 THEN 'in_progress'
					ELSE 'not_started'
				END AS status,
				CAST(ROUND(AVG(CASE
					WHEN status = 'not_applicable' THEN NULL
					WHEN status = 'completed' THEN COALESCE(percent, 100)
					ELSE COALESCE(percent, 0) END)) AS INTEGER) AS percent,
				MAX(CASE WHEN pick = 1 THEN report_id END) AS report_id,
				MAX(CASE WHEN pick = 1 THEN institution_id END) AS report_institution
			FROM body_pick GROUP BY action_id
		)`;
}
