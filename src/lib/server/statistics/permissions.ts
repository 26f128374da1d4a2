// Which workflow buttons a user sees on a statistics report (the server checks again on submit).
import { isOwnSubmission, mayPerform, type WorkflowAction } from '../workflow';
import type { WorkflowState } from '../db/schema';

const FROM: Record<string, WorkflowState[]> = {
	submit: ['draft', 'returned'],
	approve: ['submitted'],
	return: ['submitted'],
	reopen: ['approved']
};

export function availableStatActions(
	actor: { id?: number | null; role: string; institutionId: number | null },
	state: WorkflowState,
	institutionId: number,
	submittedBy: number | null = null
): WorkflowAction[] {
	return (Object.keys(FROM) as WorkflowAction[]).filter(
		(a) =>
			FROM[a].includes(state) &&
			mayPerform(actor, a, institutionId) &&
			!(a === 'approve' && isOwnSubmission(actor.id ?? null, submittedBy))
	);
}
