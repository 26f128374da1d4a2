import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDb } from '../../helpers/test-db';
import { decodeMail, startSmtp, type TestSmtp } from '../../helpers/smtp';
import { makeWorld, makeReport } from '../../factories/progress';
import { makeUser } from '../../factories';
import { currentStage, sendReminders } from '../../../src/lib/server/progress/reminders';
import { closeMail } from '../../../src/lib/server/mail';
import { listNotifications } from '../../../src/lib/server/notifications';
import { reminderLog } from '../../../src/lib/server/db/schema';

let smtp: TestSmtp;
let dir: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'nap-mail-'));
	smtp = await startSmtp();
});
afterAll(async () => {
	closeMail();
	await smtp.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('reminder stages', () => {
	const before = [7, 1];
	const after = [1, 7];
	it.each([
		['2024-07-07', null],
		['2024-07-08', 'before-7'],
		['2024-07-13', 'before-7'],
		['2024-07-14', 'before-1'],
		['2024-07-15', 'before-1'],
		['2024-07-16', 'after-1'],
		['2024-07-21', 'after-1'],
		['2024-07-22', 'after-7'],
		['2026-11-23', 'after-7']
	])('on %s the stage is %s', (today, stage) => {
		expect(currentStage('2024-07-15', before, after, today)).toBe(stage);
	});
});

describe('sending reminders', () => {
	it('emails overdue institutions over real SMTP once, escalates to reviewers, and never twice', async () => {
		const db = createTestDb();
		const w = makeWorld(db, {
			dueDate: '2024-07-15',
			status: 'open',
			startDate: '2024-01-01',
			endDate: '2024-06-30'
		});
		// institution B already submitted its report; A has not
		makeReport(db, {
			actionId: w.action.id,
			institutionId: w.instB.id,
			periodId: w.period.id,
			state: 'submitted'
		});
		const azFocal = makeUser(db, {
			role: 'focal_point',
			institutionId: w.instA.id,
			locale: 'az',
			name: 'Murad'
		});
		const cfg = {
			smtpUrl: smtp.url,
			from: 'NAP <nap@test.local>',
			outboxDir: dir,
			baseUrl: 'http://nap.test'
		};

		smtp.received.length = 0;
		const first = await sendReminders(db, cfg, new Date('2024-08-01T08:00:00Z'));
		expect(first.items.map((i) => i.key).sort()).toEqual([
			`progress:${w.period.id}:${w.instA.id}:after-7`,
			`progress:${w.period.id}:${w.instA.id}:escalate`
		]);
		expect(first.deliveries.every((d) => d.via === 'smtp')).toBe(true);
		const to = smtp.received.flatMap((r) => r.to).sort();
		expect(to).toEqual([azFocal.email, w.fpA.email, w.reviewer.email].sort());
		const az = decodeMail(smtp.received.find((r) => r.to.includes(azFocal.email))!.data);
		expect(az).toContain('Hörmətli Murad,');
		expect(az).toContain('17 gün gecikir');
		expect(az).toContain('http://nap.test/my-actions');
		expect(smtp.received.find((r) => r.to.includes(w.reviewer.email))!.data).toContain(
			w.instA.code
		);
		expect(listNotifications(db, w.fpA.id)[0].messageKey).toBe('notify.reminder_overdue');
		expect(listNotifications(db, w.reviewer.id)[0].messageKey).toBe('notify.escalation');
		expect(listNotifications(db, w.fpB.id)).toHaveLength(0);

		// run again, twice, concurrently: nothing new
		smtp.received.length = 0;
		const again = await Promise.all([
			sendReminders(db, cfg, new Date('2024-08-01T09:00:00Z')),
			sendReminders(db, cfg, new Date('2024-08-02T09:00:00Z'))
		]);
		expect(again.flatMap((r) => r.items)).toEqual([]);
		expect(smtp.received).toHaveLength(0);
		expect(db.select().from(reminderLog).all()).toHaveLength(2);
	});

	it('writes .eml files to the outbox when no SMTP is configured', async () => {
		const db = createTestDb();
		const w = makeWorld(db, {
			dueDate: '2024-07-15',
			status: 'open',
			startDate: '2024-01-01',
			endDate: '2024-06-30'
		});
		const outbox = join(dir, 'outbox-1');
		const res = await sendReminders(
			db,
			{ smtpUrl: null, from: 'nap@test.local', outboxDir: outbox, baseUrl: 'http://nap.test' },
			new Date('2024-07-10T08:00:00Z')
		);
		expect(res.items.map((i) => `${i.kind}:${i.institutionId}`).sort()).toEqual(
			[`due:${w.instA.id}`, `due:${w.instB.id}`].sort()
		);
		const files = readdirSync(outbox);
		expect(files).toHaveLength(2);
		const eml = files
			.map((f) => readFileSync(join(outbox, f), 'utf8'))
			.find((t) => t.includes(w.fpA.email))!;
		expect(eml).toContain(`To: ${w.fpA.email}`);
		expect(eml).toContain('5 days left');
		expect(eml).toContain('http://nap.test/my-actions');
	});

	it('closed periods and complete institutions get nothing', async () => {
		const db = createTestDb();
		makeWorld(db, { dueDate: '2020-07-15', status: 'closed' });
		const res = await sendReminders(
			db,
			{ smtpUrl: null, from: 'x@y', outboxDir: join(dir, 'o2'), baseUrl: '' },
			new Date('2024-08-01')
		);
		expect(res.items).toEqual([]);
	});
});
