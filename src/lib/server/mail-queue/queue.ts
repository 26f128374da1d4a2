// Queuing workflow mail: called inside the transaction of the step that causes it (a return, an
// approval, an invitation…), so the mail is queued exactly when the step is committed. Nothing is
// sent here: deliver.ts sends outside the request, so a slow or broken mail server never blocks
// or undoes the step. Opted-out users get no row at all.
import type { WorkflowAction } from '../workflow';
import { and, eq, inArray } from 'drizzle-orm';
import { mailDigestItem, mailOptOut, mailOutbox, user, type MailKind } from '../db/schema';
import type { DB } from '../db/connect';

type Q = Pick<DB, 'select' | 'insert'>;
export type MailParams = Record<string, string | number>;

/** Always sent: the person needs them to get in at all. */
export const ALWAYS_SENT: readonly MailKind[] = ['invite', 'reset'];

/** The kinds a role receives and may turn off (shown on My account). */
export function optionalKindsFor(role: string): MailKind[] {
	if (role === 'focal_point') return ['report_returned', 'report_approved', 'decision_assigned'];
	if (role === 'reviewer') return ['submitted_digest'];
	return [];
}

function optedOut(tx: Pick<DB, 'select'>, userIds: number[], kind: MailKind): Set<number> {
	if (ALWAYS_SENT.includes(kind) || userIds.length === 0) return new Set();
	return new Set(
		tx
			.select({ id: mailOptOut.userId })
			.from(mailOptOut)
			.where(and(eq(mailOptOut.kind, kind), inArray(mailOptOut.userId, userIds)))
			.all()
			.map((r) => r.id)
	);
}

/** Queues one mail of `kind` to each of the users (active ones, unless they turned it off); returns the rows' ids. */
export function queueMail(
	tx: Q,
	kind: MailKind,
	userIds: number[],
	params: MailParams,
	now: Date
): number[] {
	const ids = [...new Set(userIds)];
	if (ids.length === 0) return [];
	const off = optedOut(tx, ids, kind);
	const recipients = tx
		.select({ id: user.id, email: user.email })
		.from(user)
		.where(and(inArray(user.id, ids), eq(user.disabled, false)))
		.all()
		.filter((u) => !off.has(u.id));
	if (recipients.length === 0) return [];
	return tx
		.insert(mailOutbox)
		.values(
			recipients.map((u) => ({
				kind,
				userId: u.id,
				toAddress: u.email,
				params: JSON.stringify(params),
				nextAttemptAt: now,
				createdAt: now
			}))
		)
		.returning({ id: mailOutbox.id })
		.all()
		.map((r) => r.id);
}

/**
 * A reviewer's decision on a report (any kind), mailed to its institution's focal points:
 * approved, or else returned (`reopened` when an approved one was sent back).
 */
export function queueDecisionMail(
	tx: Q,
	ids: number[],
	act: WorkflowAction,
	params: MailParams,
	now: Date
): void {
	if (act === 'approve') queueMail(tx, 'report_approved', ids, params, now);
	else
		queueMail(tx, 'report_returned', ids, { ...params, reopened: act === 'reopen' ? 1 : 0 }, now);
}

/** A submission for the reviewers' next daily digest (see digest.ts). */
export function queueDigestItem(
	tx: Q,
	reviewerIds: number[],
	subject: { type: 'progress' | 'statistics'; id: number },
	params: MailParams,
	now: Date
): void {
	const ids = [...new Set(reviewerIds)];
	const off = optedOut(tx, ids, 'submitted_digest');
	const to = ids.filter((id) => !off.has(id));
	if (to.length === 0) return;
	tx.insert(mailDigestItem)
		.values(
			to.map((userId) => ({
				userId,
				subjectType: subject.type,
				subjectId: subject.id,
				params: JSON.stringify(params),
				createdAt: now
			}))
		)
		.run();
}
