// Sends the queued mail outside any request: the in-server job every minute (and right after a
// form post that queued something), or `npm run mail-send` from cron. Each row is claimed first
// (pending → sending, one UPDATE), so two senders never send the same mail. A failure is retried
// after a growing pause (RETRY_PAUSES_MS); after the last attempt the row is 'failed' and listed
// for admins (admin.ts). One-time links are blanked from the row once it is sent or failed.
import { and, eq, lt, lte } from 'drizzle-orm';
import { mailOutbox, user, type MailKind } from '../db/schema';
import { sendMail, type MailConfig } from '../mail';
import { renderMail } from './render';
import { ALWAYS_SENT, type MailParams } from './queue';
import type { DB } from '../db/connect';

/** Pauses after the 1st, 2nd, … failed attempt; one more attempt than pauses in all. */
export const RETRY_PAUSES_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000];
export const MAX_ATTEMPTS = RETRY_PAUSES_MS.length + 1;
/** A row left 'sending' this long (its sender died) is taken up again. */
const STALE_CLAIM_MS = 10 * 60_000;
const BATCH = 50;

const isSecret = (kind: MailKind) => ALWAYS_SENT.includes(kind);

export interface DeliveryRun {
	sent: number;
	retrying: number;
	failed: number;
}

export async function deliverOutbox(db: DB, cfg: MailConfig, now: Date): Promise<DeliveryRun> {
	const run: DeliveryRun = { sent: 0, retrying: 0, failed: 0 };
	db.update(mailOutbox)
		.set({ status: 'pending', claimedAt: null })
		.where(
			and(
				eq(mailOutbox.status, 'sending'),
				lt(mailOutbox.claimedAt, new Date(now.getTime() - STALE_CLAIM_MS))
			)
		)
		.run();
	const due = db
		.select({ id: mailOutbox.id })
		.from(mailOutbox)
		.where(and(eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, now)))
		.orderBy(mailOutbox.nextAttemptAt, mailOutbox.id)
		.limit(BATCH)
		.all()
		.map((r) => r.id);
	for (const id of due) {
		const claimed = db
			.update(mailOutbox)
			.set({ status: 'sending', claimedAt: now })
			.where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, 'pending')))
			.returning()
			.get();
		if (!claimed) continue;
		const to = claimed.userId
			? db
					.select({ name: user.name, locale: user.locale })
					.from(user)
					.where(eq(user.id, claimed.userId))
					.get()
			: undefined;
		const attempts = claimed.attempts + 1;
		try {
			const params = JSON.parse(claimed.params ?? '{}') as MailParams;
			const mail = renderMail(
				claimed.kind,
				{ name: to?.name ?? claimed.toAddress, locale: to?.locale ?? 'az' },
				params,
				cfg.baseUrl
			);
			await sendMail(cfg, { to: claimed.toAddress, ...mail }, { strict: true });
			db.update(mailOutbox)
				.set({
					status: 'sent',
					attempts,
					sentAt: now,
					claimedAt: null,
					lastError: null,
					...(isSecret(claimed.kind) ? { params: null } : {})
				})
				.where(eq(mailOutbox.id, id))
				.run();
			run.sent++;
		} catch (e) {
			const last = attempts >= MAX_ATTEMPTS;
			const message = String((e as Error)?.message ?? e).slice(0, 500);
			db.update(mailOutbox)
				.set({
					status: last ? 'failed' : 'pending',
					attempts,
					claimedAt: null,
					lastError: message,
					nextAttemptAt: new Date(now.getTime() + (RETRY_PAUSES_MS[attempts - 1] ?? 0)),
					...(last && isSecret(claimed.kind) ? { params: null } : {})
				})
				.where(eq(mailOutbox.id, id))
				.run();
			if (last) {
				run.failed++;
				console.error(`[mail] ${claimed.kind} mail ${id} failed for good: ${message}`);
			} else run.retrying++;
		}
	}
	return run;
}
