// `npm run reminders [-- --now=YYYY-MM-DD]`: sends the progress-report reminders that are due,
// the same as the server's hourly job. Safe to run at any time: each reminder goes out once.
import { join, resolve } from 'node:path';
import { openDatabase } from '../src/lib/server/db/connect';
import { sendReminders } from '../src/lib/server/progress/reminders';
import { closeMail } from '../src/lib/server/mail';

const arg = process.argv.find((a) => a.startsWith('--now='));
const now = arg ? new Date(`${arg.slice(6)}T09:00:00Z`) : new Date();
if (Number.isNaN(now.getTime())) throw new Error(`bad --now: ${arg}`);
const dataDir = resolve(process.env.DATA_DIR || './data');
const db = openDatabase(process.env.DATABASE_URL || './data/nap-tracker.db');
const cfg = {
	smtpUrl: process.env.SMTP_URL || null,
	from: process.env.MAIL_FROM || 'NAP Tracker <no-reply@nap-tracker.local>',
	outboxDir: join(dataDir, 'outbox'),
	baseUrl: process.env.ORIGIN || 'http://localhost:3000'
};
const { items, deliveries } = await sendReminders(db, cfg, now);
const byKind = items.reduce<Record<string, number>>(
	(m, i) => ((m[i.kind] = (m[i.kind] ?? 0) + 1), m),
	{}
);
console.log(
	`reminders: ${items.length} new (${JSON.stringify(byKind)}), ${deliveries.length} emails`
);
for (const d of deliveries)
	console.log(`  ${d.via === 'smtp' ? `smtp ${d.messageId}` : `outbox ${d.path}`}`);
closeMail();
db.$client.close();
