// The admins' view of the mail queue: counts, the mails that failed for good (with the last
// error) and the latest ones; "send again" for a failed one whose content is still there.
import { count, desc, eq } from 'drizzle-orm';
import { mailOutbox, MAIL_STATUSES } from '../db/schema';
import { writeAudit, type Actor } from '../audit';
import { ALWAYS_SENT } from './queue';
import type { DB } from '../db/connect';

const columns = {
	id: mailOutbox.id,
	kind: mailOutbox.kind,
	toAddress: mailOutbox.toAddress,
	status: mailOutbox.status,
	attempts: mailOutbox.attempts,
	lastError: mailOutbox.lastError,
	createdAt: mailOutbox.createdAt,
	sentAt: mailOutbox.sentAt
};

export function mailOverview(db: DB, limit = 50) {
	const counts = Object.fromEntries(MAIL_STATUSES.map((s) => [s, 0])) as Record<
		(typeof MAIL_STATUSES)[number],
		number
	>;
	for (const r of db
		.select({ status: mailOutbox.status, n: count() })
		.from(mailOutbox)
		.groupBy(mailOutbox.status)
		.all())
		counts[r.status] = r.n;
	const failed = db
		.select(columns)
		.from(mailOutbox)
		.where(eq(mailOutbox.status, 'failed'))
		.orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
		.limit(200)
		.all()
		.map((m) => ({ ...m, canRetry: !ALWAYS_SENT.includes(m.kind) }));
	const recent = db
		.select(columns)
		.from(mailOutbox)
		.orderBy(desc(mailOutbox.id))
		.limit(limit)
		.all();
	return { counts, failed, recent };
}

/** Queues a failed mail again, from its first attempt (not one-time links: their link is gone). */
export function requeueMail(db: DB, actor: Actor, id: number, now: Date): boolean {
	return db.transaction((tx) => {
		const m = tx.select().from(mailOutbox).where(eq(mailOutbox.id, id)).get();
		if (!m || m.status !== 'failed' || ALWAYS_SENT.includes(m.kind)) return false;
		tx.update(mailOutbox)
			.set({ status: 'pending', attempts: 0, nextAttemptAt: now, lastError: null })
			.where(eq(mailOutbox.id, id))
			.run();
		writeAudit(
			tx,
			actor,
			{
				entity: 'mail',
				entityId: id,
				operation: 'mail_requeue',
				before: { status: 'failed', attempts: m.attempts, lastError: m.lastError },
				after: { status: 'pending', to: m.toAddress, kind: m.kind }
			},
			now
		);
		return true;
	});
}
