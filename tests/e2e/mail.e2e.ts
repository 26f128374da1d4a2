// Workflow e-mail as users meet it: the invitation mailed as well as shown (the test server has no
// SMTP_URL, so mail lands in its outbox folder), a mail that failed for good listed for admins and
// sent again, and the mail settings on My account without JavaScript. Waits on the outbox file
// appearing and on pages, never on time. (Delivery over SMTP, retries and the digest:
// tests/unit/server/mail-queue.test.ts.)
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gotoReady, login } from './helpers';
import { invite, uniqueEmail } from './account-helpers';

const state = join(fileURLToPath(new URL('../..', import.meta.url)), 'tests/e2e/.state');

/** The outbox's message for `to` that contains `text`, once the server has written it. */
async function mailFor(to: string, text: string): Promise<string> {
	const dir = join(state, 'outbox');
	const find = () =>
		(existsSync(dir) ? readdirSync(dir) : [])
			.map((f) => readFileSync(join(dir, f), 'utf8'))
			.find((m) => m.includes(`To: ${to}`) && m.replace(/=\r?\n/g, '').includes(text));
	await expect.poll(() => find() !== undefined, { timeout: 20_000 }).toBe(true);
	return find()!;
}

/** A quoted-printable UTF-8 body as text. */
const decoded = (mail: string) =>
	Buffer.from(
		mail
			.replace(/=\r?\n/g, '')
			.replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
		'latin1'
	).toString('utf8');

test('an invitation is mailed as well as shown, and admins see it sent', async ({ page }) => {
	await login(page, 'admin@nap.test');
	const email = uniqueEmail('mailed');
	const link = await invite(page, { email, name: 'Mailed Person', role: 'donor' });
	await expect(page.getByRole('status').first()).toContainText(
		new RegExp(`(An e-mail with this link is on its way to|Bu keçidlə e-poçt) ${email}`)
	);
	const mail = await mailFor(email, link.split('/invite/')[1]);
	expect(mail).toContain(`${new URL(link).origin}/invite/`);

	await gotoReady(page, '/admin/mail');
	const row = page.locator('section[aria-labelledby="recent-title"] tr', { hasText: email });
	await expect(row).toContainText(/sent|göndərilib/);
});

test('a report returned with a reason reaches its focal point by e-mail, in her language', async ({
	page
}) => {
	// a submitted MIA report of the seed (read from the server's database, not from a list page);
	// not the one on action 4.1.13, which page-cache.e2e.ts approves later
	const db = new Database(join(state, 'e2e.db'), { readonly: true });
	const report = db
		.prepare(
			`select r.id from progress_report r join institution i on i.id = r.institution_id
			 join action a on a.id = r.action_id
			 where i.code = 'MIA' and r.state = 'submitted' and a.code <> '4.1.13'
			 order by r.id limit 1`
		)
		.get() as { id: number } | undefined;
	db.close();
	expect(report, 'the seed has a submitted MIA report').toBeDefined();
	const reason = `Attach the training list (${Date.now()}).`;
	await login(page, 'reviewer@nap.test');
	await gotoReady(page, `/reports/${report!.id}`);
	await page.getByLabel(/^(Reason|Səbəb)/).fill(reason);
	await page.getByRole('button', { name: /Return with reason|Səbəblə qaytar/ }).click();
	await expect(page.locator('[data-state="returned"]').first()).toBeVisible();
	const mail = decoded(await mailFor('mia@nap.test', reason));
	expect(mail).toContain(`/reports/${report!.id}`);
	// mia reads Azerbaijani
	expect(mail).toContain('Rəyçi hesabatı qurumunuza qaytardı');
});

test('a mail that failed for good is listed for admins with its error and can be sent again', async ({
	page
}) => {
	const reason = `Failed-mail test ${Date.now()}`;
	const db = new Database(join(state, 'e2e.db'));
	const mia = db.prepare(`select id from user where email = 'mia@nap.test'`).get() as {
		id: number;
	};
	const now = Date.now();
	// as deliverOutbox leaves a return's mail after its last refused attempt
	db.prepare(
		`insert into mail_outbox (kind, user_id, to_address, params, status, attempts, next_attempt_at, last_error, created_at)
		 values ('report_returned', ?, 'mia@nap.test', ?, 'failed', 5, ?, '550 mailbox unavailable', ?)`
	).run(
		mia.id,
		JSON.stringify({
			subjectType: 'progress',
			action: '1.1.1',
			period: '2024-H1',
			institution: 'MIA',
			reason,
			link: '/my-actions',
			reopened: 0
		}),
		now,
		now
	);
	db.close();

	await login(page, 'admin@nap.test');
	await gotoReady(page, '/admin/mail');
	const failed = page.locator('section[aria-labelledby="failed-title"] tr', {
		hasText: '550 mailbox unavailable'
	});
	await expect(failed.first()).toContainText('mia@nap.test');
	await failed
		.first()
		.getByRole('button', { name: /Send again|Yenidən göndər/ })
		.click();
	await expect(page.getByText(/Queued again\.|Yenidən növbəyə yazıldı\./)).toBeVisible();
	const mail = await mailFor('mia@nap.test', reason);
	// mia's language is Azerbaijani
	const body = decoded(mail);
	expect(body).toContain('Hörmətli');
	expect(body).toContain('1.1.1 tədbiri üzrə 2024-H1 irəliləyiş hesabatı');
});

async function prefs(page: Page) {
	return page.getByRole('checkbox', {
		name: /report was approved|hesabatı təsdiqləndi/
	});
}

test('a focal point turns a kind of mail off and on again without JavaScript', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await login(page, 'pgo@nap.test');
	await page.goto('/account');
	const approved = await prefs(page);
	await expect(approved).toBeChecked();
	await approved.uncheck();
	await page.getByRole('button', { name: /Save e-mail settings|E-poçt ayarlarını saxla/ }).click();
	await expect(
		page.locator('section[aria-labelledby="mail-title"]').getByRole('status')
	).toBeVisible();
	await page.goto('/account');
	await expect(await prefs(page)).not.toBeChecked();
	await expect(
		page.getByRole('checkbox', { name: /returned or reopened|qaytarıldı və ya yenidən açıldı/ })
	).toBeChecked();
	await (await prefs(page)).check();
	await page.getByRole('button', { name: /Save e-mail settings|E-poçt ayarlarını saxla/ }).click();
	await page.goto('/account');
	await expect(await prefs(page)).toBeChecked();
	await context.close();
});
