// "Remind this institution now", from the completeness page: the same reminder as the scheduled
// ones (in-app notification and e-mail to the institution's focal points, in their language),
// for every open period in which the institution still owes reports, whatever the reminder stage.
// Logged in reminder_log like the scheduled ones and audited. A second reminder to the same
// institution within REPEAT_MINUTES is refused, so a double click sends one e-mail.
import { and, eq, gt, like } from 'drizzle-orm';
import { institution, reminderLog } from '../db/schema';
import { writeAudit, type Actor } from '../audit';
import { focalPointsOf } from '../notifications';
import { completenessOf, periodAssignments, periodReports } from './status';
import { openProgressPeriods } from './periods';
import { mailReminders, writeNotifications, type ReminderItem } from './reminders';
import { daysUntil } from '../../format';
import type { MailConfig } from '../mail';
import type { DB } from '../db/connect';

export const REPEAT_MINUTES = 10;

export type RemindResult =
	| {
			ok: true;
			institutionCode: string;
			items: ReminderItem[];
			recipients: number;
			missing: number;
	  }
	| {
			ok: false;
			error: 'not_found' | 'nothing_owed' | 'no_focal_point' | 'too_soon';
			institutionCode?: string;
	  };

/** Claims the reminders (log, notifications, audit) in one transaction; mails nothing. */
export function claimManualReminder(
	db: DB,
	actor: Actor,
	institutionId: number,
	now: Date
): RemindResult {
	return db.transaction((tx): RemindResult => {
		const inst = tx.select().from(institution).where(eq(institution.id, institutionId)).get();
		if (!inst) return { ok: false, error: 'not_found' };
		const institutionCode = inst.code;
		const recent = tx
			.select({ key: reminderLog.key })
			.from(reminderLog)
			.where(
				and(
					eq(reminderLog.institutionId, institutionId),
					like(reminderLog.key, 'progress:%:manual:%'),
					gt(reminderLog.sentAt, new Date(now.getTime() - REPEAT_MINUTES * 60_000))
				)
			)
			.get();
		if (recent) return { ok: false, error: 'too_soon', institutionCode };
		const periods = openProgressPeriods(tx);
		const items: ReminderItem[] = [];
		for (const p of periods) {
			const actionIds = periodAssignments(tx, p).get(institutionId);
			if (!actionIds) continue;
			const c = completenessOf(p, actionIds, institutionId, periodReports(tx, p.id), now);
			const missing = c.expected - c.done;
			if (missing === 0) continue;
			const days = daysUntil(p.dueDate, now);
			items.push({
				key: `progress:${p.id}:${institutionId}:manual:${now.getTime()}`,
				kind: days >= 0 ? 'due' : 'overdue',
				period: p,
				institutionId,
				institutionCode,
				missing,
				expected: c.expected,
				days: Math.abs(days)
			});
		}
		if (!items.length) return { ok: false, error: 'nothing_owed', institutionCode };
		const recipients = focalPointsOf(tx, institutionId);
		if (!recipients.length) return { ok: false, error: 'no_focal_point', institutionCode };
		for (const it of items)
			tx.insert(reminderLog)
				.values({
					key: it.key,
					kind: 'manual',
					periodId: it.period.id,
					institutionId,
					sentAt: now,
					recipients: JSON.stringify(recipients.map((u) => u.email))
				})
				.run();
		writeNotifications(tx, items, now);
		const missing = items.reduce((s, it) => s + it.missing, 0);
		writeAudit(
			tx,
			actor,
			{
				entity: 'institution',
				entityId: institutionId,
				operation: 'remind',
				after: {
					periods: items.map((it) => it.period.code).join(', '),
					missing,
					recipients: recipients.length
				}
			},
			now
		);
		return { ok: true, institutionCode, items, recipients: recipients.length, missing };
	});
}

/** Claims and e-mails the reminder; the e-mail goes through the scheduled reminders' code. */
export async function remindInstitutionNow(
	db: DB,
	cfg: MailConfig,
	actor: Actor,
	institutionId: number,
	now: Date
): Promise<RemindResult> {
	const claimed = claimManualReminder(db, actor, institutionId, now);
	if (claimed.ok) await mailReminders(db, cfg, claimed.items);
	return claimed;
}
