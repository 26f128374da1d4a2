// "Approve and open the next": where a reviewer goes after approving an item of the inbox. The
// next item is the first submission of the same filtered inbox that comes after the one just
// approved (wrapping round to the oldest one left), skipping the reviewer's own submissions,
// which separation of duties forbids them to approve. With nothing left: back to the inbox.
import {
	inboxHref,
	inboxItemHref,
	inboxQuery,
	type InboxFilter,
	type InboxKind
} from '../../inbox';
import { isOwnSubmission } from '../workflow';
import { compareInbox, listInbox, type InboxItem } from './query';
import type { DB } from '../db/connect';

export function nextInInbox(
	db: Pick<DB, 'select'>,
	filter: InboxFilter,
	current: { kind: InboxKind; id: number; submittedAt: Date | null },
	actorId: number
): InboxItem | null {
	const left = listInbox(db, { ...filter, state: 'submitted' }).filter(
		(i) =>
			!(i.kind === current.kind && i.id === current.id) && !isOwnSubmission(actorId, i.submittedBy)
	);
	return left.find((i) => compareInbox(i, current) > 0) ?? left[0] ?? null;
}

/** The URL to go to after approving `current` from an inbox with this filter. */
export function afterApprovalHref(
	db: Pick<DB, 'select'>,
	filter: InboxFilter,
	current: { kind: InboxKind; id: number; submittedAt: Date | null },
	actorId: number
): string {
	const query = inboxQuery({ ...filter, state: 'submitted' });
	const next = nextInInbox(db, filter, current, actorId);
	return next
		? inboxItemHref(next, query, { approved: current.kind })
		: inboxHref(query, { cleared: current.kind });
}
