// Workflow e-mail against a real SMTP server on 127.0.0.1 (port 0): queued in the step's
// transaction, sent by deliverOutbox outside it, in the recipient's language, respecting opt-outs,
// submissions batched into one daily digest per reviewer, failures retried and then shown to
// admins, never undoing the step. Retries are driven by the `now` given to each run (the time the
// queue says the next attempt is due), never by waiting.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { createTestDb } from '../../helpers/test-db';
import { startSmtp, decodeMail, type TestSmtp } from '../../helpers/smtp';
import { makeWorld, reportIn } from '../../factories/progress';
import { makeInstitution, makePeriod, makeUser } from '../../factories';
import { makeMetric, makeStatReport } from '../../factories/reviews';
import { openDatabase, type DB } from '../../../src/lib/server/db/connect';
import { act } from '../../../src/lib/server/progress/reports';
import { changeReportState } from '../../../src/lib/server/statistics/workflow-actions';
import { inviteUser, issueResetLink } from '../../../src/lib/server/user-admin';
import {
	addDecision,
	createRoundTable,
	updateDecision
} from '../../../src/lib/server/reviews/round-tables';
import { closeMail, type MailConfig } from '../../../src/lib/server/mail';
import { deliverOutbox, MAX_ATTEMPTS } from '../../../src/lib/server/mail-queue/deliver';
import { buildDigests, runDailyDigest } from '../../../src/lib/server/mail-queue/digest';
import {
	mailPreferences,
	setMailPreferences
} from '../../../src/lib/server/mail-queue/preferences';
import { mailOverview, requeueMail } from '../../../src/lib/server/mail-queue/admin';
import { mailOutbox, progressReport } from '../../../src/lib/server/db/schema';
import type { SessionUser } from '../../../src/lib/server/auth/session';

let smtp: TestSmtp;
let dir: string;
let cfg: MailConfig;
const now = new Date('2024-05-02T09:00:00Z');

beforeAll(async () => {
	smtp = await startSmtp();
	dir = mkdtempSync(join(tmpdir(), 'nap-mailq-'));
	cfg = {
		smtpUrl: smtp.url,
		from: 'NAP <nap@test.local>',
		outboxDir: dir,
		baseUrl: 'http://nap.test'
	};
});
afterAll(async () => {
	closeMail();
	await smtp.close();
	rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
	smtp.received.length = 0;
	smtp.refuse = false;
});

const mailTo = (email: string) =>
	smtp.received.filter((r) => r.to.includes(email)).map((r) => decodeMail(r.data));
const meOf = (u: { id: number; role: string; institutionId: number | null }) => ({
	id: u.id,
	role: u.role,
	institutionId: u.institutionId
});
const sessionUser = (u: {
	id: number;
	email: string;
	name: string;
	role: SessionUser['role'];
	institutionId: number | null;
	locale: 'az' | 'en';
}): SessionUser => ({ ...u, totpEnabled: true, isDemo: false });

/** A world whose period is open, with a report of institution A submitted and ready to review. */
function submittedWorld(db: DB) {
	const w = makeWorld(db, { status: 'open', dueDate: '2024-07-15' });
	const azFocal = makeUser(db, {
		role: 'focal_point',
		institutionId: w.instA.id,
		locale: 'az',
		name: 'Murad'
	});
	const r = reportIn(db, w, 'submitted');
	return { w, azFocal, r };
}

describe('workflow e-mail', () => {
	it('a returned report reaches its focal points with the reason, each in their language', async () => {
		const db = createTestDb();
		const { w, azFocal, r } = submittedWorld(db);
		const res = act(db, meOf(w.reviewer), r.id, 'return', r.version, 'Dəlil əlavə edin.', now);
		expect(res.ok).toBe(true);
		// queued with the step, nothing sent yet (the request never talks to the mail server)
		expect(smtp.received).toHaveLength(0);
		expect(
			db
				.select()
				.from(mailOutbox)
				.all()
				.map((m) => m.status)
		).toEqual(['pending', 'pending']);

		expect(await deliverOutbox(db, cfg, now)).toEqual({ sent: 2, retrying: 0, failed: 0 });
		const [az] = mailTo(azFocal.email);
		expect(az).toContain('Subject: NAP Tracker: hesabat qaytarıldı');
		expect(az).toContain('Hörmətli Murad,');
		expect(az).toContain(`${w.action.code} tədbiri üzrə ${w.period.code} irəliləyiş hesabatı`);
		expect(az).toContain('Dəlil əlavə edin.');
		expect(az).toContain(`http://nap.test/reports/${r.id}`);
		const [en] = mailTo(w.fpA.email);
		expect(en).toContain('Subject: NAP Tracker: report returned');
		expect(en).toContain(`the progress report on action ${w.action.code}`);
		expect(en).toContain('Dəlil əlavə edin.');
		// institution B, the reviewer and the others hear nothing
		expect(smtp.received.flatMap((m) => m.to).sort()).toEqual([azFocal.email, w.fpA.email].sort());
		// sent once: a second run finds nothing
		expect(await deliverOutbox(db, cfg, now)).toEqual({ sent: 0, retrying: 0, failed: 0 });
	});

	it('approvals and returns of statistics reports are mailed to the focal points', async () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const period = makePeriod(db, { scope: 'statistics', kind: 'year', code: '2023' });
		const metric = makeMetric(db);
		const rep = makeStatReport(
			db,
			{ institutionId: w.instA.id, periodId: period.id, state: 'submitted' },
			metric.id,
			{ '': 4 }
		);
		const ret = changeReportState(db, meOf(w.reviewer), {
			reportId: rep.id,
			action: 'return',
			expectedVersion: rep.version,
			reason: 'The total for 2023 is missing.',
			now
		});
		expect(ret.ok).toBe(true);
		await deliverOutbox(db, cfg, now);
		const [mail] = mailTo(w.fpA.email);
		expect(mail).toContain('the statistics report for 2023');
		expect(mail).toContain('The total for 2023 is missing.');
		expect(mail).toContain(`http://nap.test/statistics/${w.instA.id}/${period.id}`);

		// a refused step queues nothing
		smtp.received.length = 0;
		const refused = changeReportState(db, meOf(w.reviewer), {
			reportId: rep.id,
			action: 'approve',
			expectedVersion: rep.version,
			now
		});
		expect(refused.ok).toBe(false);
		expect(await deliverOutbox(db, cfg, now)).toEqual({ sent: 0, retrying: 0, failed: 0 });
	});

	it('respects each user’s opt-out, but invitations and resets always go', async () => {
		const db = createTestDb();
		const { w, azFocal, r } = submittedWorld(db);
		setMailPreferences(db, w.fpA, [], now);
		expect(mailPreferences(db, w.fpA)).toEqual([
			{ kind: 'report_returned', enabled: false },
			{ kind: 'report_approved', enabled: false },
			{ kind: 'decision_assigned', enabled: false }
		]);
		act(db, meOf(w.reviewer), r.id, 'return', r.version, 'Fix it.', now);
		issueResetLink(db, sessionUser(w.admin), w.fpA.id, now);
		await deliverOutbox(db, cfg, now);
		expect(mailTo(azFocal.email)).toHaveLength(1);
		const toFpA = mailTo(w.fpA.email);
		expect(toFpA).toHaveLength(1);
		expect(toFpA[0]).toContain('Subject: NAP Tracker: your invitation');

		// turning a kind back on: the next one arrives
		setMailPreferences(db, w.fpA, ['report_returned'], now);
		const again = db.select().from(progressReport).where(eq(progressReport.id, r.id)).get()!;
		const sub = act(db, meOf(w.fpA), r.id, 'submit', again.version, null, now);
		expect(sub.ok).toBe(true);
		act(db, meOf(w.reviewer), r.id, 'return', again.version + 1, 'Still missing.', now);
		smtp.received.length = 0;
		await deliverOutbox(db, cfg, now);
		expect(mailTo(w.fpA.email).join()).toContain('Still missing.');
	});

	it('batches submissions into one daily digest per reviewer, once a day', async () => {
		const db = createTestDb();
		const w = makeWorld(db, { status: 'open', dueDate: '2024-07-15' });
		const azReviewer = makeUser(db, { role: 'reviewer', locale: 'az', name: 'Aysel' });
		const optedOut = makeUser(db, { role: 'reviewer' });
		setMailPreferences(db, optedOut, [], now);
		const rA = reportIn(db, w);
		const rB = db
			.insert(progressReport)
			.values({ actionId: w.action.id, institutionId: w.instB.id, periodId: w.period.id })
			.returning()
			.get();
		expect(act(db, meOf(w.fpA), rA.id, 'submit', rA.version, null, now).ok).toBe(true);
		expect(act(db, meOf(w.fpB), rB.id, 'submit', rB.version, null, now).ok).toBe(true);
		const statPeriod = makePeriod(db, {
			scope: 'statistics',
			kind: 'year',
			code: '2023',
			status: 'open'
		});
		const stat = makeStatReport(
			db,
			{ institutionId: w.instA.id, periodId: statPeriod.id },
			makeMetric(db).id,
			{ '': 7 }
		);
		const statSub = changeReportState(db, meOf(w.fpA), {
			reportId: stat.id,
			action: 'submit',
			expectedVersion: stat.version,
			now
		});
		expect(statSub.ok).toBe(true);

		// nothing goes to reviewers per submission
		await deliverOutbox(db, cfg, now);
		expect(smtp.received).toHaveLength(0);
		// before 08:00 in Baku it is not time yet; then once that day
		expect(runDailyDigest(db, new Date('2024-05-03T03:00:00Z'))).toBeNull();
		expect(runDailyDigest(db, new Date('2024-05-03T05:00:00Z'))).toBe(2);
		expect(runDailyDigest(db, new Date('2024-05-03T09:00:00Z'))).toBeNull();
		await deliverOutbox(db, cfg, new Date('2024-05-03T05:00:00Z'));
		expect(smtp.received.map((m) => m.to).sort()).toEqual(
			[[azReviewer.email], [w.reviewer.email]].sort()
		);
		const [en] = mailTo(w.reviewer.email);
		expect(en).toContain('Subject: NAP Tracker: 3 reports submitted for review');
		expect(en).toContain(`${w.instA.code}: the progress report on action ${w.action.code}`);
		expect(en).toContain(`${w.instB.code}: the progress report on action ${w.action.code}`);
		expect(en).toContain(`${w.instA.code}: the statistics report for 2023`);
		expect(en).toContain(`http://nap.test/reports/${rB.id}`);
		const [az] = mailTo(azReviewer.email);
		expect(az).toContain('Hörmətli Aysel,');
		expect(az).toContain('yoxlamaya 3 hesabat təqdim edilib');
		// every item is in exactly one digest
		expect(buildDigests(db, now)).toBe(0);
	});

	it('mails an invitation with its one-time link, and forgets the link once sent', async () => {
		const db = createTestDb();
		const admin = makeUser(db, { role: 'admin' });
		const inst = makeInstitution(db);
		const r = inviteUser(
			db,
			sessionUser(admin),
			{
				email: 'new.fp@test.local',
				name: 'Leyla',
				role: 'focal_point',
				institutionId: inst.id,
				locale: 'az'
			},
			now
		);
		if (!r.ok) throw new Error('invite failed');
		await deliverOutbox(db, cfg, now);
		const [mail] = mailTo('new.fp@test.local');
		expect(mail).toContain('Subject: NAP Tracker: dəvətiniz');
		expect(mail).toContain('Hörmətli Leyla,');
		expect(mail).toContain(`http://nap.test/invite/${r.token}`);
		const row = db.select().from(mailOutbox).get()!;
		expect(row).toMatchObject({ kind: 'invite', status: 'sent', params: null, attempts: 1 });
	});

	it('mails a round-table decision to the focal points of the institutions it is assigned to', async () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const rt = createRoundTable(
			db,
			meOf(w.reviewer),
			{
				planId: w.plan.id,
				heldOn: '2024-04-20',
				titleAz: 'Dəyirmi masa',
				titleEn: 'Round table',
				notesAz: null,
				notesEn: null,
				snapshotId: null,
				participants: [w.instA.id, w.instB.id]
			},
			now
		);
		if (!rt.ok) throw new Error('round table');
		const d = addDecision(
			db,
			meOf(w.reviewer),
			rt.value.id,
			{
				type: 'D',
				textAz: 'Sığınacaqları genişləndirin',
				textEn: 'Expand the shelters',
				institutionIds: [w.instA.id],
				dueDate: '2024-12-31'
			},
			now
		);
		if (!d.ok) throw new Error('decision');
		await deliverOutbox(db, cfg, now);
		expect(smtp.received.flatMap((m) => m.to)).toEqual([w.fpA.email]);
		const [mail] = mailTo(w.fpA.email);
		expect(mail).toContain(`decision ${d.value.code}`);
		expect(mail).toContain('Expand the shelters');
		expect(mail).toContain('31 December 2024');

		// giving it to B as well: only B hears
		smtp.received.length = 0;
		updateDecision(
			db,
			meOf(w.reviewer),
			d.value.id,
			{
				type: 'D',
				textAz: 'Sığınacaqları genişləndirin',
				textEn: 'Expand the shelters',
				institutionIds: [w.instA.id, w.instB.id],
				dueDate: '2024-12-31'
			},
			now
		);
		await deliverOutbox(db, cfg, now);
		expect(smtp.received.flatMap((m) => m.to)).toEqual([w.fpB.email]);
	});
});

describe('when the mail server refuses or is down', () => {
	it('the return is committed, the mail is retried with growing pauses, then shown to admins as failed', async () => {
		const file = join(dir, 'retry.db');
		const db = openDatabase(file);
		const { w, r } = submittedWorld(db);
		smtp.refuse = true;
		const res = act(db, meOf(w.reviewer), r.id, 'return', r.version, 'Add the evidence.', now);
		expect(res.ok).toBe(true);
		const fpOnly = db.select().from(mailOutbox).all();
		expect(fpOnly).toHaveLength(2);
		// the step is on disk, whatever happens to its mail: a second connection reads it
		const other = openDatabase(file);
		expect(
			other.select().from(progressReport).where(eq(progressReport.id, r.id)).get()
		).toMatchObject({ state: 'returned', returnReason: 'Add the evidence.' });

		let at = now;
		for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
			expect(await deliverOutbox(db, cfg, at)).toEqual({ sent: 0, retrying: 2, failed: 0 });
			const row = db.select().from(mailOutbox).get()!;
			expect(row).toMatchObject({ status: 'pending', attempts: attempt });
			expect(row.lastError).toMatch(/550/);
			expect(row.nextAttemptAt.getTime()).toBeGreaterThan(at.getTime());
			// not due yet: a run just before the pause ends sends nothing
			expect(await deliverOutbox(db, cfg, new Date(row.nextAttemptAt.getTime() - 1))).toEqual({
				sent: 0,
				retrying: 0,
				failed: 0
			});
			at = row.nextAttemptAt;
		}
		expect(await deliverOutbox(db, cfg, at)).toEqual({ sent: 0, retrying: 0, failed: 2 });
		const view = mailOverview(db);
		expect(view.counts).toMatchObject({ failed: 2, pending: 0, sent: 0 });
		expect(view.failed.map((m) => m.toAddress).sort()).toEqual(
			db
				.select()
				.from(mailOutbox)
				.all()
				.map((m) => m.toAddress)
				.sort()
		);
		expect(view.failed[0]).toMatchObject({
			kind: 'report_returned',
			attempts: MAX_ATTEMPTS,
			canRetry: true
		});
		expect(view.failed[0].lastError).toMatch(/550/);
		// nothing more is tried by itself
		expect(await deliverOutbox(db, cfg, new Date(at.getTime() + 86_400_000))).toEqual({
			sent: 0,
			retrying: 0,
			failed: 0
		});
		// still returned, never undone
		expect(
			other.select().from(progressReport).where(eq(progressReport.id, r.id)).get()!.state
		).toBe('returned');

		// the server accepts again; the admin sends one again
		smtp.refuse = false;
		expect(requeueMail(db, meOf(w.admin), view.failed[0].id, at)).toBe(true);
		expect(requeueMail(db, meOf(w.admin), view.failed[0].id, at)).toBe(false);
		expect(await deliverOutbox(db, cfg, at)).toEqual({ sent: 1, retrying: 0, failed: 0 });
		expect(smtp.received).toHaveLength(1);
		other.$client.close();
		db.$client.close();
	});

	it('a server that is down counts as a failed attempt too (connection refused)', async () => {
		const db = createTestDb();
		const { w, r } = submittedWorld(db);
		const down = await startSmtp();
		const url = down.url;
		await down.close();
		act(db, meOf(w.reviewer), r.id, 'approve', r.version, null, now);
		expect(await deliverOutbox(db, { ...cfg, smtpUrl: url }, now)).toEqual({
			sent: 0,
			retrying: 2,
			failed: 0
		});
		expect(db.select().from(mailOutbox).get()!.lastError).toMatch(/ECONNREFUSED/);
		expect(db.select().from(progressReport).where(eq(progressReport.id, r.id)).get()!.state).toBe(
			'approved'
		);
	});

	it('a failed one-time link cannot be sent again (its link is gone): the admin issues a new one', async () => {
		const db = createTestDb();
		const admin = makeUser(db, { role: 'admin' });
		const fp = makeUser(db, { role: 'focal_point', institutionId: makeInstitution(db).id });
		smtp.refuse = true;
		issueResetLink(db, sessionUser(admin), fp.id, now);
		let at = now;
		for (let i = 0; i < MAX_ATTEMPTS; i++) {
			await deliverOutbox(db, cfg, at);
			at = db.select().from(mailOutbox).get()!.nextAttemptAt;
		}
		const row = db.select().from(mailOutbox).get()!;
		expect(row).toMatchObject({ status: 'failed', params: null });
		expect(mailOverview(db).failed[0].canRetry).toBe(false);
		expect(requeueMail(db, meOf(admin), row.id, at)).toBe(false);
	});
});
