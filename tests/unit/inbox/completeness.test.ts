import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { createTestDb } from '../../helpers/test-db';
import { startSmtp, type TestSmtp } from '../../helpers/smtp';
import { makeReport, makeWorld } from '../../factories/progress';
import { makePeriod, makeUser } from '../../factories';
import { completenessMatrix } from '../../../src/lib/server/progress/completeness';
import {
	completenessCsv,
	completenessRows,
	completenessXlsx
} from '../../../src/lib/server/progress/completeness-export';
import { remindInstitutionNow } from '../../../src/lib/server/progress/remind-now';
import { closeMail } from '../../../src/lib/server/mail';
import { listNotifications } from '../../../src/lib/server/notifications';
import { auditLog, reminderLog, user } from '../../../src/lib/server/db/schema';

let smtp: TestSmtp;

beforeAll(async () => {
	smtp = await startSmtp();
});
afterAll(async () => {
	closeMail();
	await smtp.close();
});

const NOW = new Date('2024-08-01T08:00:00Z');

/** An older closed half-year and the newer open one, in which A owes its report and B has sent it. */
function world() {
	const db = createTestDb();
	const w = makeWorld(db, {
		code: '2024-H1',
		startDate: '2024-01-01',
		endDate: '2024-06-30',
		dueDate: '2024-07-15',
		status: 'open'
	});
	const older = makePeriod(db, {
		planId: w.plan.id,
		code: '2023-H2',
		startDate: '2023-07-01',
		endDate: '2023-12-31',
		dueDate: '2024-01-15',
		status: 'closed'
	});
	makeReport(db, {
		actionId: w.action.id,
		institutionId: w.instB.id,
		periodId: w.period.id,
		state: 'submitted'
	});
	return { db, w, older };
}

describe('the completeness page', () => {
	it('puts the newest period first and knows who owes reports in an open period', () => {
		const { db, w, older } = world();
		const m = completenessMatrix(db, NOW);
		expect(m.periods.map((p) => p.id)).toEqual([w.period.id, older.id]);
		const owes = Object.fromEntries(m.rows.map((r) => [r.id, r.owesOpen]));
		expect(owes).toEqual({ [w.instA.id]: true, [w.instB.id]: false });
	});

	it('exports one row per institution and period, in the reader’s language, numbers as numbers', async () => {
		const { db, w } = world();
		const en = completenessRows(db, 'en', NOW);
		expect(en[0]).toContain('Reports owed');
		expect(en.slice(1).map((r) => `${r[0]} ${r[2]} ${r[5]} ${r[6]} ${r[9]}`)).toEqual([
			`${w.instA.code} 2024-H1 1 0 Missing`,
			`${w.instA.code} 2023-H2 1 0 Missing`,
			`${w.instB.code} 2024-H1 1 1 On time`,
			`${w.instB.code} 2023-H2 1 0 Missing`
		]);
		const az = completenessRows(db, 'az', NOW);
		expect(az[0]).toContain('Gözlənilən hesabatlar');
		expect(az[1][3]).toBe('Açıqdır');
		expect(completenessCsv(en).startsWith('\uFEFF')).toBe(true);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await completenessXlsx(az, 'az', NOW)) as unknown as ExcelJS.Buffer);
		const ws = wb.worksheets[0];
		expect(ws.name).toBe('Tamlıq');
		expect(ws.getRow(2).getCell(6).value).toBe(1);
		expect(ws.getRow(2).getCell(10).value).toBe('Yoxdur');
	});
});

describe('remind this institution now', () => {
	const cfg = () => ({
		smtpUrl: smtp.url,
		from: 'NAP <nap@test.local>',
		outboxDir: '/nonexistent',
		baseUrl: 'http://nap.test'
	});

	it('sends the usual reminder by e-mail and in the app, logged and audited, once per few minutes', async () => {
		const { db, w } = world();
		const az = makeUser(db, {
			role: 'focal_point',
			institutionId: w.instA.id,
			locale: 'az',
			name: 'Murad'
		});
		smtp.received.length = 0;
		const res = await remindInstitutionNow(db, cfg(), w.reviewer, w.instA.id, NOW);
		expect(res).toMatchObject({ ok: true, recipients: 2, missing: 1 });
		expect(smtp.received.flatMap((r) => r.to).sort()).toEqual([az.email, w.fpA.email].sort());
		expect(smtp.received.find((r) => r.to.includes(w.fpA.email))!.data).toContain('2024-H1');
		expect(listNotifications(db, w.fpA.id)[0].messageKey).toBe('notify.reminder_overdue');
		expect(listNotifications(db, w.fpB.id)).toHaveLength(0);
		const log = db.select().from(reminderLog).all();
		expect(log).toHaveLength(1);
		expect(log[0]).toMatchObject({ kind: 'manual', institutionId: w.instA.id });
		const audit = db.select().from(auditLog).where(eq(auditLog.operation, 'remind')).all();
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({
			actorId: w.reviewer.id,
			entity: 'institution',
			entityId: String(w.instA.id)
		});
		expect(JSON.parse(audit[0].after!)).toEqual({ periods: '2024-H1', missing: 1, recipients: 2 });

		// a double click: nothing more is sent
		smtp.received.length = 0;
		const again = await remindInstitutionNow(
			db,
			cfg(),
			w.reviewer,
			w.instA.id,
			new Date(NOW.getTime() + 1000)
		);
		expect(again).toMatchObject({ ok: false, error: 'too_soon' });
		expect(smtp.received).toHaveLength(0);
		// later, it may be sent again
		const later = await remindInstitutionNow(
			db,
			cfg(),
			w.admin,
			w.instA.id,
			new Date(NOW.getTime() + 11 * 60_000)
		);
		expect(later).toMatchObject({ ok: true });
		expect(db.select().from(reminderLog).all()).toHaveLength(2);
	});

	it('refuses, writing nothing, when nothing is owed, nobody can be reminded, or there is no institution', async () => {
		const { db, w } = world();
		smtp.received.length = 0;
		expect(await remindInstitutionNow(db, cfg(), w.reviewer, w.instB.id, NOW)).toMatchObject({
			ok: false,
			error: 'nothing_owed'
		});
		db.update(user).set({ disabled: true }).where(eq(user.id, w.fpA.id)).run();
		expect(await remindInstitutionNow(db, cfg(), w.reviewer, w.instA.id, NOW)).toMatchObject({
			ok: false,
			error: 'no_focal_point'
		});
		expect(await remindInstitutionNow(db, cfg(), w.reviewer, 999_999, NOW)).toMatchObject({
			ok: false,
			error: 'not_found'
		});
		expect(smtp.received).toHaveLength(0);
		expect(db.select().from(reminderLog).all()).toHaveLength(0);
		expect(db.select().from(auditLog).where(eq(auditLog.operation, 'remind')).all()).toHaveLength(
			0
		);
	});
});
