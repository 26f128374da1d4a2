import { expect, test, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hydrated, login, setLanguage as switchLanguage } from './helpers';

/** Switches language (a full page load) and waits until the new page is ready for typing. */
async function setLanguage(page: Page, locale: 'az' | 'en') {
	await switchLanguage(page, locale);
	await hydrated(page);
}

// Each test works on its own action × period (the first action still without a report), so the
// tests do not depend on each other's leftovers in the shared e2e database.

async function userPage(browser: Browser, email: string, javaScriptEnabled = true) {
	const ctx = await browser.newContext({ javaScriptEnabled });
	const page = await ctx.newPage();
	await login(page, email);
	return page;
}

/**
 * Starts a report on the first not-yet-started action of the period (optionally one that the
 * institution `notWith` is not on); returns its id and code.
 */
async function startFirst(page: Page, period: string, notWith?: string) {
	await page.goto(`/my-actions?period=${period}`);
	const rows = page
		.locator('tr[data-action]')
		.filter({ has: page.getByRole('button', { name: /Start report|Hesabata başla/ }) });
	let row = rows.first();
	if (notWith) {
		for (let i = 0; i < (await rows.count()); i++) {
			const actionId = await rows.nth(i).locator('input[name="actionId"]').getAttribute('value');
			const side = await (await page.request.get(`/actions/${actionId}/reports`)).text();
			if (!side.includes(`data-institution="${notWith}"`)) {
				row = rows.nth(i);
				break;
			}
		}
	}
	const code = (await row.getAttribute('data-action'))!;
	await row.getByRole('button', { name: /Start report|Hesabata başla/ }).click();
	await expect(page).toHaveURL(/\/reports\/\d+$/);
	await hydrated(page);
	return { id: Number(page.url().split('/').pop()), code };
}

test('the whole cycle: draft → submit → return with reason → fix → approve, in Azerbaijani and English', async ({
	browser
}) => {
	const mia = await userPage(browser, 'mia@nap.test');
	await setLanguage(mia, 'az');
	const { id, code } = await startFirst(mia, '2024-H2');
	await expect(mia.getByRole('heading', { level: 1 })).toHaveText(`Hesabat ${code} · 2024-H2`);

	await mia.getByLabel('İcra vəziyyəti').selectOption('in_progress');
	await mia.getByLabel('İcra faizi').fill('30');
	await mia.getByLabel('Görülən işlər — azərbaycanca').fill('Bakıda və Gəncədə 3 təlim keçirilib.');
	await mia.getByRole('button', { name: 'Qaralamanı saxla' }).click();
	await expect(mia.getByRole('status')).toHaveText('Qaralama yadda saxlanıldı.');
	await mia.reload();
	await expect(mia.getByLabel('Görülən işlər — azərbaycanca')).toHaveValue(
		'Bakıda və Gəncədə 3 təlim keçirilib.'
	);
	await mia.getByRole('button', { name: 'Baxışa təqdim et' }).click();
	await expect(mia.getByRole('status')).toHaveText('Təqdim edildi. Rəyçilərə bildiriş göndərildi.');
	await expect(mia.locator('[data-state="submitted"]').first()).toBeVisible();

	const rev = await userPage(browser, 'reviewer@nap.test');
	await setLanguage(rev, 'en');
	await rev.goto('/review');
	await rev
		.locator(`tr[data-report="${id}"]`)
		.getByRole('link', { name: /Review/ })
		.click();
	await expect(rev).toHaveURL(new RegExp(`/reports/${id}\\?inbox=$`));
	await hydrated(rev);
	// the English text is missing, and says so
	await expect(rev.getByText('translation missing').first()).toBeVisible();
	await rev.getByRole('button', { name: 'Return with reason' }).click();
	await expect(rev.getByRole('alert')).toHaveText('Give a reason.');
	await rev
		.getByLabel('Reason')
		.fill('Please add the English text and the number of participants.');
	await rev.getByRole('button', { name: 'Return with reason' }).click();
	await expect(rev.getByRole('status')).toHaveText('Report returned to the institution.');

	await mia.goto('/my-actions');
	await expect(mia.getByRole('heading', { name: /Sizə geri qaytarılanlar/ })).toBeVisible();
	await expect(
		mia.getByText('Please add the English text and the number of participants.').first()
	).toBeVisible();
	await mia.goto(`/reports/${id}`);
	await hydrated(mia);
	await expect(mia.getByTestId('return-reason')).toContainText('Please add the English text');
	// the focal point switches to English to write the translation
	await setLanguage(mia, 'en');
	await mia
		.getByLabel('What was done — in English')
		.fill('3 trainings held in Baku and Ganja, 58 participants.');
	await mia.getByRole('button', { name: 'Submit for review' }).click();
	await expect(mia.getByRole('status')).toHaveText('Submitted. The reviewers have been notified.');

	await rev.goto(`/reports/${id}`);
	await expect(rev.getByText('3 trainings held in Baku and Ganja, 58 participants.')).toBeVisible();
	await rev.getByRole('button', { name: 'Approve', exact: true }).click();
	await expect(rev.getByRole('status')).toHaveText('Report approved.');
	const history = rev.locator('ol.history li');
	await expect(history).toHaveCount(4);
	await expect(history.nth(0)).toContainText('Draft → Submitted');
	await expect(history.nth(1)).toContainText('Submitted → Returned');
	await expect(history.nth(1)).toContainText(
		'Please add the English text and the number of participants.'
	);
	await expect(history.nth(2)).toContainText('Returned → Submitted');
	await expect(history.nth(3)).toContainText('Submitted → Approved');

	await setLanguage(mia, 'az');
	await mia.goto(`/reports/${id}`);
	await expect(
		mia.getByText('Təsdiqlənmiş hesabatlar dəyişdirilmir.', { exact: false })
	).toBeVisible();
	await expect(mia.getByRole('button', { name: 'Qaralamanı saxla' })).toHaveCount(0);
	await mia.goto('/notifications');
	await expect(
		mia.getByRole('link', {
			name: new RegExp(`${code.replace(/\./g, '\\.')} tədbiri üzrə 2024-H2 hesabatınız təsdiqləndi`)
		})
	).toBeVisible();
	await rev.goto('/audit?entity=progress_report&entityId=' + id);
	// create, save, save + submit, return, save + submit, approve
	const entries = rev.locator('table.audit tbody tr');
	await expect(entries).toHaveCount(8);
	// names, not codes; the fields that changed, not JSON
	const returned = entries.filter({ hasText: 'Returned' }).filter({ hasText: 'Reason' });
	await expect(returned).toHaveCount(1);
	await expect(returned).toContainText('Progress report');
	await expect(returned).toContainText('Reviewer');
	await expect(returned.locator('ul.changes li').filter({ hasText: 'State' })).toContainText(
		/State:\s*Submitted\s*→(became)?\s*Returned/
	);
	await expect(returned).toContainText(
		'Please add the English text and the number of participants.'
	);
	await expect(rev.locator('table.audit')).not.toContainText('{"');
	// filtering by operation keeps the other filters
	await rev.getByLabel('Operation').selectOption('approve');
	await rev.getByRole('button', { name: 'Filter' }).click();
	await expect(rev).toHaveURL(
		new RegExp(`entityId=${id}.*operation=approve|operation=approve.*entityId=${id}`)
	);
	await expect(entries).toHaveCount(1);
	await expect(entries).toContainText('Approved');
	// the export holds what the filter shows, one row per changed field
	const href = await rev.getByRole('link', { name: 'CSV' }).getAttribute('href');
	expect(href).toContain(`entityId=${id}`);
	const res = await rev.request.get(href!);
	expect(res.headers()['content-disposition']).toMatch(/attachment; filename="audit-log-/);
	expect(res.headers()['cache-control']).toContain('no-store');
	const lines = (await res.text()).trim().split('\r\n');
	expect(lines[0]).toContain('Field');
	expect(lines.slice(1).every((l) => l.includes(',Approved,approve,'))).toBe(true);
	expect(lines.some((l) => /,State,Submitted,Approved$/.test(l))).toBe(true);
	// and in Azerbaijani
	await setLanguage(rev, 'az');
	await expect(entries).toContainText('Təsdiqləndi');
	await expect(entries).toContainText('İcra hesabatı');
	await expect(entries).toContainText('Rəyçi');
	await expect(entries).toContainText(/Vəziyyət:\s*Təqdim edilib\s*→(oldu)?\s*Təsdiqlənib/);
	// the language is saved on the account: later tests expect the reviewer in English
	await setLanguage(rev, 'en');
});

test('without JavaScript: a wrong value keeps what was typed, then submit, return and approve work', async ({
	browser
}) => {
	const mia = await userPage(browser, 'mia@nap.test', false);
	const { id } = await startFirst(mia, '2024-H2');
	await mia.getByLabel(/İcra vəziyyəti|Implementation status/).selectOption('completed');
	await mia.getByLabel(/İcra faizi|Percent complete/).fill('150');
	await mia
		.getByLabel(/Görülən işlər — azərbaycanca|What was done — in Azerbaijani/)
		.fill('Yazdığım mətn itməməlidir.');
	await mia.getByRole('button', { name: /Baxışa təqdim et|Submit for review/ }).click();
	await expect(
		mia.getByText(/0-dan 100-ə qədər tam ədəd daxil edin|Enter a whole number from 0 to 100/)
	).toBeVisible();
	await expect(
		mia.getByLabel(/Görülən işlər — azərbaycanca|What was done — in Azerbaijani/)
	).toHaveValue('Yazdığım mətn itməməlidir.');
	await expect(mia.getByLabel(/İcra faizi|Percent complete/)).toHaveValue('150');
	await mia.getByLabel(/İcra faizi|Percent complete/).fill('100');
	await mia.getByRole('button', { name: /Baxışa təqdim et|Submit for review/ }).click();
	await expect(mia.getByRole('status')).toHaveText(/Təqdim edildi|Submitted\./);

	const rev = await userPage(browser, 'reviewer@nap.test', false);
	await rev.goto(`/reports/${id}`);
	await rev.getByLabel('Reason').fill('Attach the list of participants.');
	await rev.getByRole('button', { name: 'Return with reason' }).click();
	await expect(rev.getByRole('status')).toHaveText('Report returned to the institution.');

	await mia.goto(`/reports/${id}`);
	await expect(mia.getByTestId('return-reason')).toContainText('Attach the list of participants.');
	await mia.getByRole('button', { name: /Baxışa təqdim et|Submit for review/ }).click();
	await rev.goto(`/reports/${id}`);
	await rev.getByRole('button', { name: 'Approve', exact: true }).click();
	await expect(rev.getByRole('status')).toHaveText('Report approved.');
	await expect(rev.locator('ol.history li')).toHaveCount(4);
	// an approved report is reopened only with a reason, and that is in the history too
	await rev.getByLabel('Reason').fill('The percent for 2024-H2 was corrected by the ministry.');
	await rev.getByRole('button', { name: 'Reopen with reason' }).click();
	await expect(rev.getByRole('status')).toHaveText(
		'Report reopened and returned to the institution.'
	);
	await expect(rev.locator('ol.history li').nth(4)).toContainText('Approved → Returned');

	// the plan's action page shows the reports side by side; the full view has every period
	await mia.goto(`/reports/${id}`);
	await mia.getByRole('link', { name: /All institutions|Bu tədbir üzrə bütün/ }).click();
	await expect(mia.locator('[data-institution="MIA"]').first()).toBeVisible();
});

test('two people editing one report: the second save gets a conflict showing what changed, nothing is overwritten', async ({
	browser
}) => {
	const a = await userPage(browser, 'mia@nap.test');
	const { id } = await startFirst(a, '2024-H1');
	const b = await userPage(browser, 'mia@nap.test');
	await setLanguage(a, 'en');
	await b.goto(`/reports/${id}`);
	await hydrated(b);

	await a.getByLabel('What was done — in English').fill('Text from the first tab.');
	await a.getByRole('button', { name: 'Save draft' }).click();
	await expect(a.getByRole('status')).toHaveText('Draft saved.');

	await b.getByLabel('What was done — in English').fill('Text from the second tab.');
	await b.getByRole('button', { name: 'Save draft' }).click();
	const alert = b
		.getByRole('alert')
		.filter({ hasText: 'Someone else saved this report after you opened it' });
	await expect(alert).toBeVisible();
	await expect(alert).toContainText('What was done (in English)');
	const row = alert.locator('tr[data-field="doneEn"]');
	await expect(row).toContainText('Text from the first tab.');
	await expect(row).toContainText('Text from the second tab.');
	// the second tab's text is still in its form, and the first tab's text is what is saved
	await expect(b.getByLabel('What was done — in English')).toHaveValue('Text from the second tab.');
	await a.reload();
	await expect(a.getByLabel('What was done — in English')).toHaveValue('Text from the first tab.');
	// having seen the difference, the second editor may save deliberately
	await b.getByRole('button', { name: 'Save draft' }).click();
	await expect(b.getByRole('status')).toHaveText('Draft saved.');
	await setLanguage(a, 'az');
});

test("a focal point of another institution gets 403 for MIA's report by URL, forged form and id", async ({
	browser,
	baseURL
}) => {
	const mia = await userPage(browser, 'mia@nap.test');
	const { id, code } = await startFirst(mia, '2024-H1', 'PGO');
	await mia
		.getByLabel(/Görülən işlər — azərbaycanca|What was done — in Azerbaijani/)
		.fill('Qaralama: yalnız DİN görməlidir.');
	await mia.getByRole('button', { name: /Qaralamanı saxla|Save draft/ }).click();
	await expect(mia.getByRole('status')).toBeVisible();

	const pgo = await userPage(browser, 'pgo@nap.test');
	const res = await pgo.goto(`/reports/${id}`);
	expect(res?.status()).toBe(403);
	await expect(pgo.getByText('Qaralama: yalnız DİN görməlidir.')).toHaveCount(0);

	// posted as a browser posts a form without JavaScript (accept: text/html)
	const html = { origin: baseURL!, accept: 'text/html' };
	const post = (action: string, form: Record<string, string>) =>
		pgo.request.post(`/reports/${id}?/${action}`, { form, headers: html, maxRedirects: 0 });
	const forged = {
		version: '2',
		status: 'completed',
		percent: '100',
		doneAz: 'forged',
		doneEn: 'forged'
	};
	expect((await post('save', forged)).status()).toBe(403);
	expect((await post('submit', forged)).status()).toBe(403);
	expect((await post('comment', { body: 'forged comment' })).status()).toBe(403);
	expect(
		(await post('addLink', { url: 'https://example.org', sensitivity: 'public' })).status()
	).toBe(403);
	// as use:enhance posts it (JSON): the failure carries the same 403
	const enhanced = await pgo.request.post(`/reports/${id}?/approve`, {
		form: { version: '2' },
		headers: { origin: baseURL!, accept: 'application/json' }
	});
	expect(await enhanced.json()).toMatchObject({ type: 'failure', status: 403 });
	// starting a report on MIA's action from PGO's form, with a forged institution field: the
	// institution is always the user's own, and PGO is not on this action
	const actionId = await actionIdOf(mia, id);
	await mia.goto('/my-actions?period=2024-H1');
	const periodId = (await mia.locator('input[name="periodId"]').first().getAttribute('value'))!;
	const mine = await pgo.request.post('/my-actions?/start', {
		form: { actionId: String(actionId), periodId, institutionId: '1' },
		headers: html,
		maxRedirects: 0
	});
	expect(mine.status()).toBe(400);
	expect(await mine.text()).toMatch(/does not report on this action|bu tədbir üzrə hesabat vermir/);
	// a reviewer-only decision by id
	expect((await post('approve', { version: '2' })).status()).toBe(403);

	await mia.goto(`/reports/${id}`);
	await expect(
		mia.getByLabel(/Görülən işlər — azərbaycanca|What was done — in Azerbaijani/)
	).toHaveValue('Qaralama: yalnız DİN görməlidir.');
	await expect(mia.locator('#comments')).not.toContainText('forged comment');
	expect(code).toBeTruthy();
});

async function actionIdOf(page: Page, reportId: number): Promise<number> {
	await page.goto(`/reports/${reportId}`);
	const href = await page
		.getByRole('link', { name: /All institutions|Bu tədbir üzrə bütün/ })
		.getAttribute('href');
	return Number(/\/actions\/(\d+)\//.exec(href!)![1]);
}

const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64'
);

test('evidence: the wrong type is refused with a message; a real image is kept and served only to those allowed', async ({
	browser
}) => {
	const mia = await userPage(browser, 'mia@nap.test');
	await setLanguage(mia, 'en');
	const { id } = await startFirst(mia, '2024-H1');
	await mia.getByLabel('File', { exact: true }).setInputFiles({
		name: 'report.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from('this is not a PDF')
	});
	await mia.getByRole('button', { name: 'Upload file' }).click();
	await expect(
		mia.getByText('This file type is not accepted. Upload PDF, DOCX, XLSX, JPEG or PNG.')
	).toBeVisible();
	await mia
		.getByLabel('File', { exact: true })
		.setInputFiles({ name: 'photo.pdf', mimeType: 'application/pdf', buffer: PNG });
	await mia.getByRole('button', { name: 'Upload file' }).click();
	await expect(mia.getByText('The file’s content does not match its extension.')).toBeVisible();
	// over the 10 MB limit: refused in the browser with JavaScript, by the server without it
	const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10.5 * 1024 * 1024, 32)]);
	await mia
		.getByLabel('File', { exact: true })
		.setInputFiles({ name: 'big.pdf', mimeType: 'application/pdf', buffer: big });
	await mia.getByRole('button', { name: 'Upload file' }).click();
	await expect(mia.getByText('The file is larger than 10 MB.')).toBeVisible();
	const noJs = await userPage(browser, 'mia@nap.test', false);
	await noJs.goto(`/reports/${id}`);
	await noJs
		.getByLabel(/^(File|Fayl)$/)
		.setInputFiles({ name: 'big.pdf', mimeType: 'application/pdf', buffer: big });
	await noJs.getByRole('button', { name: /Upload file|Faylı yüklə/ }).click();
	await expect(
		noJs.getByText(/The file is larger than 10 MB\.|Fayl 10 MB həcmindən böyükdür\./)
	).toBeVisible();

	await mia
		.getByLabel('File', { exact: true })
		.setInputFiles({ name: 'training-photo.png', mimeType: 'image/png', buffer: PNG });
	await mia.locator('#file-sens').selectOption('reviewers');
	await mia.getByRole('button', { name: 'Upload file' }).click();
	await expect(mia.getByRole('status')).toHaveText('Evidence added.');
	const link = mia.getByRole('link', { name: 'training-photo.png' });
	const href = (await link.getAttribute('href'))!;
	const own = await mia.request.get(href);
	expect(own.status()).toBe(200);
	expect(own.headers()['content-type']).toBe('image/png');
	expect(Buffer.from(await own.body())).toEqual(PNG);

	const rev = await userPage(browser, 'reviewer@nap.test');
	expect((await rev.request.get(href)).status()).toBe(200);
	const pgo = await userPage(browser, 'pgo@nap.test');
	expect((await pgo.request.get(href)).status()).toBe(403);
	const donor = await userPage(browser, 'donor@nap.test');
	expect((await donor.request.get(href)).status()).toBe(403);
	await setLanguage(mia, 'az');
	expect(id).toBeGreaterThan(0);
});

test('a closed period takes no new reports until an admin grants MIA an exception', async ({
	browser
}) => {
	const mia = await userPage(browser, 'mia@nap.test');
	await setLanguage(mia, 'en');
	await mia.goto('/my-actions?period=2022-H2');
	await expect(
		mia.getByText('This period is closed: new reports need an exception from an administrator.')
	).toBeVisible();
	await expect(mia.getByRole('button', { name: /Start report/ })).toHaveCount(0);

	const admin = await userPage(browser, 'admin@nap.test');
	await admin.goto('/review/exceptions');
	await hydrated(admin);
	await admin.getByLabel('Period').selectOption({ label: '2022-H2' });
	await admin
		.getByLabel('Institution')
		.selectOption({ label: 'MIA — Ministry of Internal Affairs' });
	await admin.getByLabel('Until (inclusive)').fill('2099-12-31');
	await admin.getByRole('button', { name: 'Grant exception' }).click();
	await expect(admin.getByText('Give a reason.')).toBeVisible();
	await admin.getByLabel('Reason').fill('Regional data arrived after the deadline.');
	await admin.getByRole('button', { name: 'Grant exception' }).click();
	await expect(admin.getByRole('status')).toHaveText('Exception granted.');

	await mia.reload();
	await expect(
		mia.getByText(/has reopened this period for your institution until 31 December 2099/)
	).toBeVisible();
	const { id } = await startFirst(mia, '2022-H2');
	expect(id).toBeGreaterThan(0);
	// PGO got no exception
	const pgo = await userPage(browser, 'pgo@nap.test');
	await pgo.goto('/my-actions?period=2022-H2');
	await expect(pgo.getByRole('button', { name: /Start report|Hesabata başla/ })).toHaveCount(0);
	await setLanguage(mia, 'az');
});

test('reviewers see completeness and the audit log; focal points do not', async ({ browser }) => {
	const rev = await userPage(browser, 'reviewer@nap.test');
	await rev.goto('/completeness');
	await expect(rev.locator('tr[data-institution="MIA"] [data-timeliness]').first()).toBeVisible();
	await expect(rev.locator('tfoot')).toContainText(/missing/);
	const mia = await userPage(browser, 'mia@nap.test');
	expect((await mia.goto('/completeness'))?.status()).toBe(403);
	expect((await mia.goto('/audit'))?.status()).toBe(403);
	expect((await mia.goto('/review'))?.status()).toBe(403);
});

test('overdue institutions get their reminder once: as an email in the outbox and in the app', async ({
	browser
}) => {
	const root = fileURLToPath(new URL('../..', import.meta.url));
	const state = join(root, 'tests/e2e/.state');
	// the same database and data folder as the server under test (whose own job is switched off)
	const run = () =>
		execFileSync('npx', ['tsx', 'scripts/reminders.ts'], {
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, DATABASE_URL: join(state, 'e2e.db'), DATA_DIR: state, SMTP_URL: '' }
		});
	const first = run();
	const sent = Number(/reminders: (\d+) new/.exec(first)![1]);
	expect(sent).toBeGreaterThan(0);
	const mails = readdirSync(join(state, 'outbox')).map((f) =>
		readFileSync(join(state, 'outbox', f), 'utf8')
	);
	expect(mails.some((m) => m.includes('To: mia@nap.test'))).toBe(true);
	expect(mails.some((m) => m.includes('To: reviewer@nap.test'))).toBe(true);
	expect(run()).toMatch(/reminders: 0 new/);
	expect(readdirSync(join(state, 'outbox'))).toHaveLength(mails.length);

	const mia = await userPage(browser, 'mia@nap.test');
	await setLanguage(mia, 'en');
	await expect(mia.getByRole('link', { name: /Notifications \(\d+ unread\)/ })).toBeVisible();
	await mia.goto('/notifications');
	await expect(
		mia.getByRole('link', { name: /2024-H2: \d+ of \d+ progress reports are overdue/ })
	).toBeVisible();
	await setLanguage(mia, 'az');
});
