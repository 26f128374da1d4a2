// The reviewers' daily digest of submissions: all of a reviewer's waiting digest items become one
// mail, in one transaction (so an item is in exactly one digest, however many runs overlap). The
// in-server job builds it once a day from DIGEST_HOUR (Baku time); `npm run mail-digest` builds it
// when cron says, both claiming the day in reminder_log so the day's digest goes out once.
import { inArray, isNull } from 'drizzle-orm';
import { mailDigestItem, reminderLog } from '../db/schema';
import { queueMail, type MailParams } from './queue';
import { bakuDay } from '../../dates';
import type { DB } from '../db/connect';

export const DIGEST_HOUR = 8;

const bakuHour = (now: Date) =>
	Number(
		new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Baku', hour: '2-digit', hourCycle: 'h23' })
			.format(now)
			.slice(0, 2)
	);

/** Turns every waiting digest item into one mail per reviewer; returns the mails queued. */
export function buildDigests(db: DB, now: Date): number {
	return db.transaction((tx) => {
		const items = tx.select().from(mailDigestItem).where(isNull(mailDigestItem.digestedAt)).all();
		const byUser = new Map<number, typeof items>();
		for (const it of items) byUser.set(it.userId, [...(byUser.get(it.userId) ?? []), it]);
		let mails = 0;
		for (const [userId, list] of byUser) {
			const params: MailParams = {
				items: JSON.stringify(list.map((it) => JSON.parse(it.params) as MailParams))
			};
			// queueMail skips a reviewer who turned the digest off since (or was disabled)
			const [mailId] = queueMail(tx, 'submitted_digest', [userId], params, now);
			if (mailId) mails++;
			tx.update(mailDigestItem)
				.set({ digestedAt: now, mailId: mailId ?? null })
				.where(
					inArray(
						mailDigestItem.id,
						list.map((it) => it.id)
					)
				)
				.run();
		}
		return mails;
	});
}

/**
 * The day's digest, once: from DIGEST_HOUR in Baku (unless `anyHour`, for cron), claimed in
 * reminder_log as `mail-digest:<day>`. Returns null when it is not time or already done.
 */
export function runDailyDigest(db: DB, now: Date, opts: { anyHour?: boolean } = {}): number | null {
	if (!opts.anyHour && bakuHour(now) < DIGEST_HOUR) return null;
	// the day's claim and its digests commit together: a crash in between leaves neither
	return db.transaction((tx) => {
		const claimed = tx
			.insert(reminderLog)
			.values({ key: `mail-digest:${bakuDay(now)}`, kind: 'mail_digest', sentAt: now })
			.onConflictDoNothing()
			.run();
		if (claimed.changes !== 1) return null;
		return buildDigests(tx as unknown as DB, now);
	});
}
