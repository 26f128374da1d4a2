// Deadline reminders for progress reports. For each open period and each institution that still
// owes reports, only the latest reminder stage that has come due is sent (a server that was down
// for a month sends one "overdue" reminder, not the whole backlog). The reminder_log primary key
// makes every (period, institution, stage) go out at most once, even when the in-server job and
// `npm run reminders` run at the same time.
import { institution, reminderLog } from '../db/schema';
import type { ReportingPeriod } from '../db/schema';
import { getSetting } from '../settings';
import { activeReviewers, focalPointsOf, notify } from '../notifications';
import { completenessOf, periodAssignments, periodReports } from './status';
import { openProgressPeriods } from './periods';
import { addDaysIso, today as bakuToday } from '../../dates';
import { sendMail, type MailConfig } from '../mail';
import { formatDate, daysUntil } from '../../format';
import bundle from '../../i18n/messages/reminders';
import type { DB } from '../db/connect';

type Locale = 'az' | 'en';
const tr = (l: Locale, key: string, p: Record<string, string | number> = {}) =>
	(bundle[l] as Record<string, string>)[key].replace(/\{(\w+)\}/g, (m, k) =>
		p[k] === undefined ? m : String(p[k])
	);

/** The latest stage whose day has come: before-7, before-1, after-1, after-7 … or null. */
export function currentStage(
	dueDate: string,
	before: number[],
	after: number[],
	today: string
): string | null {
	const stages = [
		...before.map((d) => ({ key: `before-${d}`, day: addDaysIso(dueDate, -d), until: dueDate })),
		...after.map((d) => ({ key: `after-${d}`, day: addDaysIso(dueDate, d), until: '9999-12-31' }))
	].sort((a, b) => a.day.localeCompare(b.day));
	let current: string | null = null;
	for (const s of stages) if (s.day <= today && today <= s.until) current = s.key;
	return current;
}

export interface ReminderItem {
	key: string;
	kind: 'due' | 'overdue' | 'escalation';
	period: ReportingPeriod;
	institutionId: number;
	institutionCode: string;
	missing: number;
	expected: number;
	days: number;
}

/** Works out which reminders are due now and records them; returns only the newly recorded. */
export function claimReminders(db: DB, now: Date): ReminderItem[] {
	const before = getSetting(db, 'reminderDaysBefore');
	const after = getSetting(db, 'reminderDaysAfter');
	const escalate = getSetting(db, 'escalateAfterDays');
	const today = bakuToday(now);
	const periods = openProgressPeriods(db);
	const codes = new Map(
		db
			.select({ id: institution.id, code: institution.code })
			.from(institution)
			.all()
			.map((i) => [i.id, i.code])
	);
	return db.transaction((tx) => {
		const claimed: ReminderItem[] = [];
		const claim = (item: ReminderItem) => {
			const r = tx
				.insert(reminderLog)
				.values({
					key: item.key,
					kind: item.kind,
					periodId: item.period.id,
					institutionId: item.institutionId,
					sentAt: now
				})
				.onConflictDoNothing()
				.run();
			if (r.changes === 1) claimed.push(item);
		};
		for (const p of periods) {
			const reports = periodReports(tx, p.id);
			for (const [instId, actionIds] of periodAssignments(tx, p)) {
				const c = completenessOf(p, actionIds, instId, reports, now);
				const missing = c.expected - c.done;
				if (missing === 0) continue;
				const base = {
					period: p,
					institutionId: instId,
					institutionCode: codes.get(instId) ?? '?',
					missing,
					expected: c.expected
				};
				const days = daysUntil(p.dueDate, now);
				const stage = currentStage(p.dueDate, before, after, today);
				if (stage && focalPointsOf(tx, instId).length > 0)
					claim({
						...base,
						key: `progress:${p.id}:${instId}:${stage}`,
						kind: days >= 0 ? 'due' : 'overdue',
						days: Math.abs(days)
					});
				if (-days >= escalate)
					claim({
						...base,
						key: `progress:${p.id}:${instId}:escalate`,
						kind: 'escalation',
						days: -days
					});
			}
		}
		writeNotifications(tx, claimed, now);
		return claimed;
	});
}

export function writeNotifications(
	tx: Pick<DB, 'select' | 'insert'>,
	items: ReminderItem[],
	now: Date
) {
	const reviewers = activeReviewers(tx).map((u) => u.id);
	for (const it of items) {
		const params = {
			period: it.period.code,
			due: it.period.dueDate,
			missing: it.missing,
			expected: it.expected,
			days: it.days,
			institution: it.institutionCode
		};
		if (it.kind === 'escalation') {
			notify(
				tx,
				reviewers,
				{ kind: 'escalation', messageKey: 'notify.escalation', params, link: '/completeness' },
				now
			);
		} else {
			const ids = focalPointsOf(tx, it.institutionId).map((u) => u.id);
			const messageKey = it.kind === 'due' ? 'notify.reminder_due' : 'notify.reminder_overdue';
			notify(
				tx,
				ids,
				{
					kind: `reminder_${it.kind}`,
					messageKey,
					params,
					link: `/my-actions?period=${it.period.code}`
				},
				now
			);
		}
	}
}

/** Claims due reminders, then emails them: one message per recipient per run. */
export async function sendReminders(db: DB, cfg: MailConfig, now: Date) {
	const items = claimReminders(db, now);
	return { items, ...(await mailReminders(db, cfg, items)) };
}

/** Emails claimed reminders (scheduled, or one sent by hand from the completeness page). */
export async function mailReminders(db: DB, cfg: MailConfig, items: ReminderItem[]) {
	const mails: { to: string; subject: string; text: string }[] = [];
	const line = (l: Locale, it: ReminderItem, key: string) =>
		`- ${tr(l, key, { period: it.period.code, due: formatDate(it.period.dueDate, l), days: it.days, missing: it.missing, expected: it.expected, institution: it.institutionCode })}`;

	const byInst = new Map<number, ReminderItem[]>();
	for (const it of items.filter((i) => i.kind !== 'escalation'))
		byInst.set(it.institutionId, [...(byInst.get(it.institutionId) ?? []), it]);
	for (const [instId, list] of byInst) {
		for (const u of focalPointsOf(db, instId)) {
			const l = u.locale;
			const overdue = list.some((i) => i.kind === 'overdue');
			const lines = list.map((it) =>
				line(l, it, it.kind === 'due' ? 'reminder.line_due' : 'reminder.line_overdue')
			);
			mails.push({
				to: u.email,
				subject: tr(l, overdue ? 'reminder.subject_overdue' : 'reminder.subject_due'),
				text: [
					tr(l, 'reminder.greeting', { name: u.name }),
					'',
					tr(l, 'reminder.intro', { institution: list[0].institutionCode }),
					...lines,
					'',
					tr(l, 'reminder.link', { url: `${cfg.baseUrl}/my-actions` }),
					'',
					tr(l, 'reminder.footer')
				].join('\n')
			});
		}
	}
	const esc = items.filter((i) => i.kind === 'escalation');
	if (esc.length) {
		const escalate = getSetting(db, 'escalateAfterDays');
		for (const u of activeReviewers(db)) {
			const l = u.locale;
			mails.push({
				to: u.email,
				subject: tr(l, 'reminder.subject_escalation'),
				text: [
					tr(l, 'reminder.greeting', { name: u.name }),
					'',
					tr(l, 'reminder.escalation_intro', { days: escalate }),
					...esc.map((it) => line(l, it, 'reminder.line_escalation')),
					'',
					tr(l, 'reminder.link', { url: `${cfg.baseUrl}/completeness` }),
					'',
					tr(l, 'reminder.footer')
				].join('\n')
			});
		}
	}
	const deliveries = [];
	for (const m of mails) deliveries.push(await sendMail(cfg, m));
	return { mails, deliveries };
}
