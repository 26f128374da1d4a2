// The server's mail sender: one delivery run at a time, started by the minute job and right after
// a form post that queued mail (hooks.server.ts), never awaited by a request.
import { and, eq, lte } from 'drizzle-orm';
import { mailOutbox } from '../db/schema';
import { deliverOutbox } from './deliver';
import type { MailConfig } from '../mail';
import type { DB } from '../db/connect';

let running: Promise<void> | null = null;
let again = false;

export function hasDueMail(db: DB, now: Date): boolean {
	return (
		db
			.select({ id: mailOutbox.id })
			.from(mailOutbox)
			.where(and(eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, now)))
			.limit(1)
			.get() !== undefined
	);
}

/** Starts a delivery run now, or one more after the current run; returns when that one ends. */
export function deliverSoon(db: DB, cfg: () => MailConfig): Promise<void> {
	if (running) {
		again = true;
		return running;
	}
	running = (async () => {
		do {
			again = false;
			try {
				const r = await deliverOutbox(db, cfg(), new Date());
				if (r.sent + r.retrying + r.failed)
					console.log(`[mail] sent ${r.sent}, retrying ${r.retrying}, failed ${r.failed}`);
			} catch (e) {
				console.error('[mail]', e);
			}
		} while (again);
		running = null;
	})();
	return running;
}
