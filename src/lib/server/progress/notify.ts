// Who hears about what happens to a report: reviewers about submissions, the institution's focal
// points about decisions and comments from reviewers.
import { eq } from 'drizzle-orm';
import { action } from '../db/schema';
import type { ProgressReport } from '../db/schema';
import { activeReviewers, focalPointsOf, notify, subjectCodes } from '../notifications';
import type { WorkflowAction } from '../workflow';
import type { Viewer } from './access';
import { queueDigestItem, queueMail } from '../mail-queue/queue';
import type { DB } from '../db/connect';

type Q = Pick<DB, 'select' | 'insert'>;

export function reportLabel(
	db: Pick<DB, 'select'>,
	r: Pick<ProgressReport, 'actionId' | 'institutionId' | 'periodId'>
) {
	const a = db.select({ code: action.code }).from(action).where(eq(action.id, r.actionId)).get();
	return { action: a?.code ?? '?', ...subjectCodes(db, r) };
}

const TO_INSTITUTION: Partial<Record<WorkflowAction, string>> = {
	approve: 'notify.report_approved',
	return: 'notify.report_returned',
	reopen: 'notify.report_reopened'
};

export function notifyTransition(
	tx: Q,
	me: Viewer,
	r: ProgressReport,
	act: WorkflowAction,
	reason: string | null,
	now: Date
): void {
	const params = { ...reportLabel(tx, r), reason: reason ?? '' };
	const link = `/reports/${r.id}`;
	const mailParams = { subjectType: 'progress', ...params, link };
	if (act === 'submit') {
		const ids = activeReviewers(tx).map((u) => u.id);
		notify(
			tx,
			ids,
			{ kind: 'report_submitted', messageKey: 'notify.report_submitted', params, link },
			now
		);
		queueDigestItem(tx, ids, { type: 'progress', id: r.id }, mailParams, now);
		return;
	}
	const key = TO_INSTITUTION[act];
	if (!key) return;
	const ids = focalPointsOf(tx, r.institutionId)
		.map((u) => u.id)
		.filter((id) => id !== me.id);
	notify(tx, ids, { kind: `report_${act}`, messageKey: key, params, link }, now);
	// e-mail too, in the same transaction: queued exactly when the decision is committed
	if (act === 'approve') queueMail(tx, 'report_approved', ids, mailParams, now);
	else
		queueMail(
			tx,
			'report_returned',
			ids,
			{ ...mailParams, reopened: act === 'reopen' ? 1 : 0 },
			now
		);
}

/** A comment goes to the other side of the thread. */
export function notifyComment(tx: Q, me: Viewer, r: ProgressReport, now: Date): void {
	const params = reportLabel(tx, r);
	const link = `/reports/${r.id}#comments`;
	const ids =
		me.role === 'focal_point'
			? activeReviewers(tx).map((u) => u.id)
			: focalPointsOf(tx, r.institutionId).map((u) => u.id);
	notify(
		tx,
		ids.filter((id) => id !== me.id),
		{ kind: 'comment', messageKey: 'notify.comment', params, link },
		now
	);
}
