// `npm run mail-send`: sends the queued workflow mail that is due (and retries failed sends whose
// pause is over), as the server's minute job does. `npm run mail-digest`: first builds today's
// digest of submissions for the reviewers (once a day, whatever the hour: cron chooses it), then
// sends. Safe to run next to the server: each mail is claimed before it is sent.
import { join, resolve } from 'node:path';
import { openDatabase } from '../src/lib/server/db/connect';
import { deliverOutbox } from '../src/lib/server/mail-queue/deliver';
import { runDailyDigest } from '../src/lib/server/mail-queue/digest';
import { closeMail } from '../src/lib/server/mail';

const digest = process.argv.includes('--digest');
const dataDir = resolve(process.env.DATA_DIR || './data');
const db = openDatabase(process.env.DATABASE_URL || './data/nap-tracker.db');
const cfg = {
	smtpUrl: process.env.SMTP_URL || null,
	from: process.env.MAIL_FROM || 'NAP Tracker <no-reply@nap-tracker.local>',
	outboxDir: join(dataDir, 'outbox'),
	baseUrl: process.env.ORIGIN || 'http://localhost:3000'
};
if (digest) {
	const mails = runDailyDigest(db, new Date(), { anyHour: true });
	console.log(
		mails === null ? 'digest: already built today' : `digest: ${mails} reviewer e-mails queued`
	);
}
const total = { sent: 0, retrying: 0, failed: 0 };
for (;;) {
	const r = await deliverOutbox(db, cfg, new Date());
	total.sent += r.sent;
	total.retrying += r.retrying;
	total.failed += r.failed;
	// a run takes at most one batch; stop when one took nothing it could send
	if (r.sent === 0) break;
}
console.log(
	`mail: ${total.sent} sent, ${total.retrying} to retry later, ${total.failed} failed for good`
);
closeMail();
db.$client.close();
