// The one review workflow shared by progress reports and statistics reports:
//
//   draft ──submit──▶ submitted ──approve──▶ approved
//     ▲                   │                     │
//     │                return (reason)     reopen (reason)
//     │                   ▼                     │
//     └──────────── returned ◀──────────────────┘      returned ──submit──▶ submitted
//     ▲                   │
//     └────withdraw───────┘   (the submitter takes it back before anyone reviewed it)
//
// Every change checks the version the user started from (optimistic locking), bumps it, and
// writes a workflow_event and an audit row in the same transaction.
//
// Separation of duties: whoever submitted a report cannot approve it — not even an admin, who
// may otherwise act in every role; a second person (a reviewer or another admin) must. The
// refusal is audited.
import { and, eq } from 'drizzle-orm';
import { progressReport, statReport, workflowEvent } from './db/schema';
import type { SubjectType, WorkflowState } from './db/schema';
import { writeAudit, type Actor } from './audit';
import { invalidateAggregates } from './dashboards/cache';
import type { DB } from './db/connect';

export const SUBJECT_TABLES = { progress: progressReport, statistics: statReport } as const;

export type WorkflowAction = 'submit' | 'withdraw' | 'approve' | 'return' | 'reopen';
export const WORKFLOW_ACTIONS: WorkflowAction[] = [
	'submit',
	'withdraw',
	'approve',
	'return',
	'reopen'
];

const TRANSITIONS: Record<WorkflowAction, { from: WorkflowState[]; to: WorkflowState }> = {
	submit: { from: ['draft', 'returned'], to: 'submitted' },
	withdraw: { from: ['submitted'], to: 'draft' },
	approve: { from: ['submitted'], to: 'approved' },
	return: { from: ['submitted'], to: 'returned' },
	reopen: { from: ['approved'], to: 'returned' }
};

/** Who may do what: focal points submit their own institution's work, reviewers decide. */
export function mayPerform(
	actor: { role: string; institutionId: number | null },
	act: WorkflowAction,
	subjectInstitutionId: number
): boolean {
	if (actor.role === 'admin') return true;
	if (act === 'submit' || act === 'withdraw')
		return actor.role === 'focal_point' && actor.institutionId === subjectInstitutionId;
	return actor.role === 'reviewer';
}

/** States in which the owner may still edit the content. */
export function isEditable(state: WorkflowState): boolean {
	return state === 'draft' || state === 'returned';
}

/** The actions the actor may take on a subject in its current state (for showing buttons). */
export function availableActions(
	actor: { id?: number | null; role: string; institutionId: number | null },
	state: WorkflowState,
	subjectInstitutionId: number,
	submittedBy: number | null = null
): WorkflowAction[] {
	return WORKFLOW_ACTIONS.filter(
		(a) =>
			TRANSITIONS[a].from.includes(state) &&
			mayPerform(actor, a, subjectInstitutionId) &&
			!(a === 'approve' && isOwnSubmission(actor.id ?? null, submittedBy))
	);
}

/** The separation-of-duties rule: the submitter of a report is not its approver. */
export function isOwnSubmission(actorId: number | null, submittedBy: number | null): boolean {
	return actorId !== null && submittedBy !== null && actorId === submittedBy;
}

export type WorkflowError =
	| 'not_found'
	| 'forbidden'
	| 'invalid_transition'
	| 'reason_required'
	| 'conflict'
	| 'own_submission'
	// returned by callers' prechecks
	| 'period_closed'
	| 'incomplete';

export type TransitionResult =
	{ ok: true; state: WorkflowState; version: number } | { ok: false; error: WorkflowError };

export interface TransitionInput {
	subjectType: SubjectType;
	subjectId: number;
	action: WorkflowAction;
	expectedVersion: number;
	reason?: string | null;
	now?: Date;
	/** extra checks inside the transaction (e.g. the period is open, validation passes) */
	precheck?: (row: { institutionId: number; state: WorkflowState }) => TransitionResult | null;
}

export function transition(
	db: DB,
	actor: Actor & { institutionId: number | null; role: string },
	input: TransitionInput
): TransitionResult {
	const table = SUBJECT_TABLES[input.subjectType];
	const now = input.now ?? new Date();
	const reason = input.reason?.trim() || null;
	const result = db.transaction((tx): TransitionResult => {
		const row = tx.select().from(table).where(eq(table.id, input.subjectId)).get();
		if (!row) return { ok: false, error: 'not_found' } as const;
		if (!mayPerform(actor, input.action, row.institutionId))
			return { ok: false, error: 'forbidden' } as const;
		const rule = TRANSITIONS[input.action];
		if (row.version !== input.expectedVersion) return { ok: false, error: 'conflict' } as const;
		if (!rule.from.includes(row.state)) return { ok: false, error: 'invalid_transition' } as const;
		if ((input.action === 'return' || input.action === 'reopen') && !reason)
			return { ok: false, error: 'reason_required' } as const;
		if (input.action === 'approve' && isOwnSubmission(actor.id, row.submittedBy)) {
			// committed with the refusal: the attempt itself is worth a trace
			writeAudit(
				tx,
				actor,
				{
					entity: table === progressReport ? 'progress_report' : 'stat_report',
					entityId: row.id,
					operation: 'approve_refused_own_submission',
					before: { state: row.state, version: row.version, submittedBy: row.submittedBy }
				},
				now
			);
			return { ok: false, error: 'own_submission' } as const;
		}
		const pre = input.precheck?.({ institutionId: row.institutionId, state: row.state });
		if (pre) return pre;

		const patch: Partial<typeof progressReport.$inferInsert> = {
			state: rule.to,
			version: row.version + 1,
			updatedAt: now,
			updatedBy: actor.id
		};
		if (input.action === 'submit')
			Object.assign(patch, { submittedAt: now, submittedBy: actor.id });
		else if (input.action !== 'withdraw')
			Object.assign(patch, { reviewedAt: now, reviewedBy: actor.id });
		patch.returnReason = input.action === 'return' || input.action === 'reopen' ? reason : null;

		const updated = tx
			.update(table)
			.set(patch)
			.where(and(eq(table.id, row.id), eq(table.version, input.expectedVersion)))
			.run();
		if (updated.changes !== 1) return { ok: false, error: 'conflict' } as const;

		tx.insert(workflowEvent)
			.values({
				subjectType: input.subjectType,
				subjectId: row.id,
				fromState: row.state,
				toState: rule.to,
				reason,
				actorId: actor.id,
				at: now
			})
			.run();
		writeAudit(
			tx,
			actor,
			{
				entity: table === progressReport ? 'progress_report' : 'stat_report',
				entityId: row.id,
				operation: input.action,
				before: { state: row.state, version: row.version },
				after: { state: rule.to, version: row.version + 1, reason }
			},
			now
		);
		return { ok: true, state: rule.to, version: row.version + 1 } as const;
	});
	// approved figures changed: the dashboards' cached aggregates are stale
	if (result.ok && (input.action === 'approve' || input.action === 'reopen'))
		invalidateAggregates();
	return result;
}

/** The history of a subject, oldest first. */
export function listEvents(db: DB, subjectType: SubjectType, subjectId: number) {
	return db
		.select()
		.from(workflowEvent)
		.where(and(eq(workflowEvent.subjectType, subjectType), eq(workflowEvent.subjectId, subjectId)))
		.orderBy(workflowEvent.at, workflowEvent.id)
		.all();
}

/**
 * Bumps the version of an editable subject inside the caller's transaction, or reports the
 * conflict; content saves (report fields, statistic cells) call this before writing.
 */
export function claimVersion(
	tx: Pick<DB, 'update'>,
	subjectType: SubjectType,
	subjectId: number,
	expectedVersion: number,
	actorId: number,
	now: Date
): boolean {
	const table = SUBJECT_TABLES[subjectType];
	const r = tx
		.update(table)
		.set({ version: expectedVersion + 1, updatedAt: now, updatedBy: actorId })
		.where(and(eq(table.id, subjectId), eq(table.version, expectedVersion)))
		.run();
	return r.changes === 1;
}
