// The implementation dashboard's aggregates, in SQL. An action's status "as of" a period follows
// the one rule of plan/action-status.ts over the approved reports up to that period's end.
import { sql, type SQL } from 'drizzle-orm';
import { actionStatusCteSql } from '../plan/action-status';
import type { DB } from '../db/connect';

export interface AsOf {
	planId: number;
	/** the period's end date (ISO) */
	end: string;
	institutionId: number | null;
}

// Every action of the plan started by the period's end, with its status by the one rule
// (plan/action-status.ts) and the end of the first period in which it was approved as completed.
function actionStatusCte(q: AsOf): SQL {
	return sql`
		WITH ${actionStatusCteSql(q.end, q.institutionId)},
		completed AS (
			SELECT pr.action_id, MIN(p.end_date) AS first_completed
			FROM progress_report pr JOIN reporting_period p ON p.id = pr.period_id
			WHERE pr.state = 'approved' AND pr.status = 'completed' AND p.end_date <= ${q.end}
			GROUP BY pr.action_id
		),
		acts AS (
			SELECT a.id, a.code, a.sort_key, a.text_az, a.text_en, a.section_id, a.sample,
				COALESCE(a.due_date, CASE WHEN a.end_year IS NULL THEN NULL ELSE a.end_year || '-12-31' END) AS deadline,
				r.report_id, r.report_institution, COALESCE(r.status, 'no_report') AS status,
				COALESCE(r.percent, 0) AS percent,
				c.first_completed
			FROM action a
			LEFT JOIN action_status r ON r.action_id = a.id
			LEFT JOIN completed c ON c.action_id = a.id
			WHERE a.plan_id = ${q.planId}
				AND (a.start_year IS NULL OR a.start_year <= CAST(substr(${q.end}, 1, 4) AS INTEGER))
				${q.institutionId === null ? sql`` : sql`AND EXISTS (SELECT 1 FROM action_institution ai WHERE ai.action_id = a.id AND ai.institution_id = ${q.institutionId})`}
		),
		timed AS (
			SELECT acts.*,
				CASE
					WHEN status = 'completed' AND (deadline IS NULL OR first_completed <= deadline) THEN 'on_time'
					WHEN status = 'completed' THEN 'late'
					WHEN status = 'not_applicable' THEN 'not_applicable'
					WHEN status = 'delayed' OR (deadline IS NOT NULL AND deadline < ${q.end}) THEN 'delayed'
					WHEN status = 'no_report' THEN 'no_report'
					ELSE 'on_track'
				END AS timing
			FROM acts
		)`;
}

export interface CountRow {
	sectionId: number | null;
	key: string;
	n: number;
}

/** Actions by aim, implementation status and timing, in one pass. */
export function countStatusTiming(db: DB, q: AsOf) {
	return db.all<{
		sectionId: number | null;
		status: string;
		timing: string;
		n: number;
	}>(sql`${actionStatusCte(q)}
		SELECT section_id AS sectionId, status, timing, COUNT(*) AS n FROM timed GROUP BY section_id, status, timing`);
}

/** Actions by aim and implementation status (or by timing). */
export function countByAim(
	db: DB,
	q: AsOf,
	by: 'status' | 'timing',
	rows = countStatusTiming(db, q)
): CountRow[] {
	const out = new Map<string, CountRow>();
	for (const r of rows) {
		const key = by === 'status' ? r.status : r.timing;
		const k = `${r.sectionId}|${key}`;
		const c = out.get(k) ?? { sectionId: r.sectionId, key, n: 0 };
		c.n += r.n;
		out.set(k, c);
	}
	return [...out.values()];
}

export interface ActionRow {
	id: number;
	code: string;
	textAz: string | null;
	textEn: string | null;
	sectionId: number | null;
	sample: number;
	deadline: string | null;
	reportId: number | null;
	reportInstitution: number | null;
	status: string;
	percent: number;
	timing: string;
}

/** The actions of one aim (or all) with their status as of the period, for the drill-down. */
export function actionsAsOf(db: DB, q: AsOf, sectionId: number | null): ActionRow[] {
	return db.all<ActionRow>(sql`${actionStatusCte(q)}
		SELECT id, code, text_az AS textAz, text_en AS textEn, section_id AS sectionId, sample, deadline,
			report_id AS reportId, report_institution AS reportInstitution, status, percent, timing
		FROM timed ${sectionId === null ? sql`` : sql`WHERE section_id = ${sectionId}`}
		ORDER BY sort_key`);
}

/** Average percent complete of the approved reports in each period, by aim. */
export function percentByPeriod(db: DB, planId: number, institutionId: number | null) {
	return db.all<{ periodId: number; sectionId: number | null; pct: number }>(sql`
		SELECT pr.period_id AS periodId, a.section_id AS sectionId,
			ROUND(AVG(CASE WHEN pr.status = 'completed' THEN COALESCE(pr.percent, 100) ELSE COALESCE(pr.percent, 0) END)) AS pct
		FROM progress_report pr JOIN action a ON a.id = pr.action_id
		WHERE pr.state = 'approved' AND a.plan_id = ${planId} AND pr.status <> 'not_applicable'
			${institutionId === null ? sql`` : sql`AND pr.institution_id = ${institutionId}`}
		GROUP BY pr.period_id, a.section_id`);
}

/**
 * Reporting completeness of one period by institution: each report owed (an action active in
 * the period × a linked institution), first submitted by the due date, later, not yet, or not
 * started at all.
 */
export function completenessByInstitution(db: DB, periodId: number, institutionId: number | null) {
	return db.all<{ institutionId: number; key: string; n: number }>(sql`
		WITH per AS (SELECT * FROM reporting_period WHERE id = ${periodId}),
		owed AS (
			SELECT ai.action_id, ai.institution_id FROM action_institution ai
			JOIN action a ON a.id = ai.action_id, per
			WHERE a.plan_id = per.plan_id
				AND (a.start_year IS NULL OR a.start_year <= CAST(substr(per.start_date, 1, 4) AS INTEGER))
				AND (a.end_year IS NULL OR a.end_year >= CAST(substr(per.start_date, 1, 4) AS INTEGER))
				AND (a.due_date IS NULL OR a.due_date >= per.start_date)
				${institutionId === null ? sql`` : sql`AND ai.institution_id = ${institutionId}`}
		),
		firsts AS (
			SELECT pr.action_id, pr.institution_id, pr.state,
				(SELECT MIN(e.at) FROM workflow_event e WHERE e.subject_type = 'progress' AND e.subject_id = pr.id AND e.to_state = 'submitted') AS first_at
			FROM progress_report pr WHERE pr.period_id = ${periodId}
		)
		SELECT o.institution_id AS institutionId,
			CASE
				WHEN f.action_id IS NULL THEN 'missing'
				WHEN f.first_at IS NULL THEN 'not_submitted'
				WHEN f.first_at <= (SELECT (unixepoch(due_date || ' 23:59:59')) * 1000 FROM per) THEN 'on_time'
				ELSE 'late'
			END AS key,
			COUNT(*) AS n
		FROM owed o LEFT JOIN firsts f ON f.action_id = o.action_id AND f.institution_id = o.institution_id
		GROUP BY o.institution_id, key`);
}
