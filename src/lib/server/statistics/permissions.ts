// Which workflow buttons a user sees on a statistics report (the server checks again on submit).
import { availableActions, type WorkflowAction } from '../workflow';

/** The shared workflow's buttons but "withdraw", which the statistics page does not offer. */
export function availableStatActions(
	...args: Parameters<typeof availableActions>
): WorkflowAction[] {
	return availableActions(...args).filter((a) => a !== 'withdraw');
}
