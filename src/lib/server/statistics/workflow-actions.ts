// Submit, approve, return and reopen statistics reports through the shared workflow
// (workflow.ts transition): the same state machine, lock and audit as progress reports. Submitting
// is refused while a blocking validation rule fails or the period does not accept figures.
import { eq } from 'drizzle-orm';
import { statValue } from '../db/schema';
import { transition, type WorkflowAction } from '../workflow';
import type { DB } from '../db/connect';
import { metricsForInstitution } from './definitions';
import { acceptsSubmissions, getStatPeriod } from './periods';
import { getReport, loadCells, type StatActor } from './reports';
import { validateReport } from './validate';
import type { Issue } from './types';
import { mailStatTransition } from './workflow-mail';

export type StatTransitionResult =
	{ ok: true; state: string; version: number } | { ok: false; error: string; issues?: Issue[] };

export function blockingIssues(db: DB, reportId: number, institutionId: number): Issue[] {
	const metrics = metricsForInstitution(db, institutionId);
	return validateReport(metrics, loadCells(db, reportId, metrics));
}

export function changeReportState(
	db: DB,
	actor: StatActor,
	input: {
		reportId: number;
		action: WorkflowAction;
		expectedVersion: number;
		reason?: string | null;
		now: Date;
	}
): StatTransitionResult {
	const report = getReport(db, input.reportId);
	if (!report) return { ok: false, error: 'not_found' };
	// the precheck runs inside the transition's transaction; it reports why through this variable
	const refusal: { why: { error: string; issues?: Issue[] } | null } = { why: null };
	// the transition and its e-mail commit together (transition's transaction nests as a savepoint)
	const result = db.transaction((tx) => {
		const res = transition(tx as unknown as DB, actor, {
			subjectType: 'statistics',
			subjectId: report.id,
			action: input.action,
			expectedVersion: input.expectedVersion,
			reason: input.reason,
			now: input.now,
			precheck: (row) => {
				if (input.action !== 'submit') return null;
				const period = getStatPeriod(db, report.periodId);
				if (!period || !acceptsSubmissions(db, period, row.institutionId, input.now))
					refusal.why = { error: 'period_closed' };
				else if (
					db
						.select({ id: statValue.id })
						.from(statValue)
						.where(eq(statValue.reportId, report.id))
						.limit(1)
						.get() === undefined
				)
					refusal.why = { error: 'empty' };
				else {
					const issues = blockingIssues(db, report.id, row.institutionId);
					if (issues.length) refusal.why = { error: 'invalid', issues };
				}
				return refusal.why ? { ok: false, error: 'invalid_transition' } : null;
			}
		});
		if (res.ok)
			mailStatTransition(tx, actor.id, report, input.action, input.reason ?? null, input.now);
		return res;
	});
	if (result.ok) return result;
	return refusal.why ? { ok: false, ...refusal.why } : { ok: false, error: result.error };
}
