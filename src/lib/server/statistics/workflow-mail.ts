// Who hears by e-mail about a statistics report's workflow step (progress reports: progress/
// notify.ts): reviewers about a submission (in their daily digest), the institution's focal
// points about an approval or a return with its reason. Called inside the step's transaction.
import type { StatReport } from '../db/schema';
import { activeReviewers, focalPointsOf, subjectCodes } from '../notifications';
import { queueDigestItem, queueMail } from '../mail-queue/queue';
import type { WorkflowAction } from '../workflow';
import type { DB } from '../db/connect';

export function mailStatTransition(
	tx: Pick<DB, 'select' | 'insert'>,
	actorId: number,
	r: StatReport,
	act: WorkflowAction,
	reason: string | null,
	now: Date
): void {
	const params = {
		subjectType: 'statistics',
		...subjectCodes(tx, r),
		link: `/statistics/${r.institutionId}/${r.periodId}`
	};
	if (act === 'submit') {
		const ids = activeReviewers(tx).map((u) => u.id);
		queueDigestItem(tx, ids, { type: 'statistics', id: r.id }, params, now);
		return;
	}
	if (act === 'withdraw') return;
	const ids = focalPointsOf(tx, r.institutionId)
		.map((u) => u.id)
		.filter((id) => id !== actorId);
	if (act === 'approve') queueMail(tx, 'report_approved', ids, params, now);
	else
		queueMail(
			tx,
			'report_returned',
			ids,
			{ ...params, reason: reason?.trim() ?? '', reopened: act === 'reopen' ? 1 : 0 },
			now
		);
}
