// The reviewers' inbox as a reviewer uses it: one filtered list of progress and statistics
// submissions, cleared with "approve and open the next" without going back to the list; the same
// without JavaScript; and the completeness page's links, export and "remind now".
import { expect, test, type Browser, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gotoReady, hydrated, login, setLanguage } from './helpers';

const state = join(fileURLToPath(new URL('.', import.meta.url)), '.state');

/** Approval mails queued for PGO's focal point (the server's own database, read only). */
function approvalMailsToPgo(): number {
	const db = new Database(join(state, 'e2e.db'), { readonly: true });
	const n = db
		.prepare(
			"select count(*) from mail_outbox where kind = 'report_approved' and to_address = 'pgo@nap.test'"
		)
		.pluck()
		.get() as number;
	db.close();
	return n;
}

async function userPage(browser: Browser, email: string, javaScriptEnabled = true) {
	const ctx = await browser.newContext({ javaScriptEnabled });
	const page = await ctx.newPage();
	await login(page, email);
	return page;
}

/** PGO's focal point submits figures for 2024: a statistics submission in the inbox. */
async function submitPgoStatistics(page: Page) {
	await setLanguage(page, 'en');
	await gotoReady(page, '/statistics');
	await page.getByRole('link', { name: /2024/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('2024');
	await hydrated(page);
	await page.locator('input[name^="v|"][name$="|"]').first().fill('12');
	await page.getByRole('button', { name: 'Save and submit for review' }).click();
	// most cells stay empty: the page asks first
	await expect(page.getByTestId('confirm-empty')).toBeVisible();
	await page.getByRole('button', { name: 'Submit anyway' }).click();
	await expect(page.getByRole('status')).toContainText('Submitted for review.');
	// the language is the user's setting: leave it as the seed has it for the other test files
	await setLanguage(page, 'az');
}

/** Chooses filters in the inbox's GET form (works with and without JavaScript). */
async function filterInbox(page: Page, filters: Record<string, string>) {
	await gotoReady(page, '/review');
	for (const [label, option] of Object.entries(filters))
		await page.getByLabel(label, { exact: true }).selectOption({ label: option });
	await page.getByRole('button', { name: 'Filter' }).click();
	await expect(page).toHaveURL(/\/review\?/);
}

test('a reviewer clears a mixed inbox of progress and statistics submissions with "approve and open the next"', async ({
	browser
}) => {
	test.setTimeout(180_000);
	// PGO: its seeded submissions are left to this test (other files use MIA's)
	await submitPgoStatistics(await userPage(browser, 'pgo@nap.test'));

	const rev = await userPage(browser, 'reviewer@nap.test');
	await setLanguage(rev, 'en');
	await filterInbox(rev, { Institution: "PGO — Prosecutor General's Office" });
	const filterQuery = new URL(rev.url()).search.slice(1);
	expect(filterQuery).toMatch(/^institution=\d+$/);
	const rows = rev.locator('tbody tr');
	const total = await rows.count();
	await expect(rev.locator('tr[data-kind="statistics"]')).toHaveCount(1);
	expect(await rev.locator('tr[data-kind="progress"]').count()).toBeGreaterThan(0);
	// oldest first: the statistics report was submitted just now
	await expect(rows.last()).toHaveAttribute('data-kind', 'statistics');
	await expect(rev.getByTestId('inbox-count')).toContainText(`${total} submissions waiting`);

	const mailsBefore = approvalMailsToPgo();
	await rows
		.first()
		.getByRole('link', { name: /Review/ })
		.click();
	const visited: string[] = [];
	for (let i = 0; i < total; i++) {
		await expect(rev).not.toHaveURL(/\/review/);
		const url = new URL(rev.url());
		// every item carries the inbox's filter, and the way back keeps it
		expect(url.searchParams.get('inbox')).toBe(filterQuery);
		await expect(rev.getByRole('link', { name: 'Back to the inbox' })).toHaveAttribute(
			'href',
			`/review?${filterQuery}`
		);
		if (i > 0) await expect(rev.getByTestId('approved-next')).toBeVisible();
		visited.push(url.pathname);
		await hydrated(rev);
		await rev.getByRole('button', { name: 'Approve and open the next' }).click();
		await expect(rev).not.toHaveURL(url.href);
	}
	// each submission once, of both kinds, and then back to the same filtered inbox, now empty
	expect(new Set(visited).size).toBe(total);
	expect(visited.filter((p) => p.startsWith('/statistics/'))).toHaveLength(1);
	expect(visited.filter((p) => p.startsWith('/reports/'))).toHaveLength(total - 1);
	await expect(rev).toHaveURL(new RegExp(`/review\\?${filterQuery}&cleared=`));
	await expect(rev.getByTestId('inbox-cleared')).toBeVisible();
	await expect(rev.getByTestId('inbox-count')).toContainText('0 submissions');
	// the same approval as the plain button: each one queued its e-mail to the institution
	expect(approvalMailsToPgo() - mailsBefore).toBe(total);
	await expect(rev.getByLabel('Institution', { exact: true })).toHaveValue(
		filterQuery.split('=')[1]
	);
	// all approved: the report pages say so
	await rev.goto(visited[visited.length - 1]);
	await expect(rev.getByText('Approved').first()).toBeVisible();
});

test('without JavaScript: filters in the URL, approve and open the next, and back with the filters kept', async ({
	browser,
	baseURL
}) => {
	const rev = await userPage(browser, 'reviewer@nap.test', false);
	await setLanguage(rev, 'en');
	await filterInbox(rev, {
		Kind: 'Progress',
		Institution: 'MFA — Ministry of Foreign Affairs',
		Period: '2022-H2'
	});
	await expect(rev.locator('tr[data-kind="statistics"]')).toHaveCount(0);
	const before = await rev.locator('tbody tr').count();
	expect(before).toBeGreaterThan(1);
	const query = new URL(rev.url()).search.slice(1);
	await rev
		.locator('tbody tr')
		.first()
		.getByRole('link', { name: /Review/ })
		.click();
	const first = new URL(rev.url()).pathname;
	// a focal point cannot approve through it, whatever it posts
	const mia = await userPage(browser, 'mia@nap.test', false);
	const forged = await mia.request.post(`${first}?/approve`, {
		form: { version: '2', then: 'next', inbox: query },
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(forged.status()).toBe(403);
	await rev.getByRole('button', { name: 'Approve and open the next' }).click();
	await expect(rev.getByTestId('approved-next')).toBeVisible();
	expect(new URL(rev.url()).pathname).not.toBe(first);
	expect(new URL(rev.url()).searchParams.get('inbox')).toBe(query);
	await rev.getByRole('link', { name: 'Back to the inbox' }).click();
	await expect(rev).toHaveURL(`/review?${query}`);
	await expect(rev.locator('tbody tr')).toHaveCount(before - 1);
	await expect(rev.getByLabel('Kind', { exact: true })).toHaveValue('progress');
	await expect(rev.getByLabel('Period', { exact: true })).not.toHaveValue('');
});

test('completeness: newest period first and in view, cells lead to their reports, export, and remind now', async ({
	browser
}) => {
	const ctx = await browser.newContext({
		javaScriptEnabled: false,
		viewport: { width: 1366, height: 900 }
	});
	const rev = await ctx.newPage();
	await login(rev, 'reviewer@nap.test');
	await setLanguage(rev, 'en');
	await rev.goto('/completeness');
	const heads = await rev
		.locator('table.matrix thead th.num')
		.evaluateAll((ths) => ths.map((th) => th.textContent!.trim().slice(0, 7)));
	expect(heads.length).toBeGreaterThan(2);
	expect([...heads].sort().reverse()).toEqual(heads);
	// the newest periods are on screen without scrolling sideways; with the seed's ten periods
	// the whole matrix is
	const newest = await rev.locator('table.matrix thead th.num').nth(1).boundingBox();
	expect(newest!.x + newest!.width).toBeLessThanOrEqual(1366);
	const wrap = await rev
		.locator('.table-wrap')
		.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
	expect(wrap.scroll).toBeLessThanOrEqual(wrap.client);

	// a cell leads to the institution's reports of that period
	const cell = rev.locator('tr[data-institution="MIA"] td a').nth(1);
	const period = await cell.getAttribute('data-cell');
	const expected = Number(/\/(\d+)/.exec((await cell.textContent())!)![1]);
	await cell.click();
	await expect(rev).toHaveURL(/\/review\?kind=progress&institution=\d+&period=\d+&state=all$/);
	await expect(rev.getByLabel('State', { exact: true })).toHaveValue('all');
	// "done/expected": the reports of any state, and the actions owed but not started
	const listed = rev.locator('tbody tr');
	for (const text of await listed.locator('td[data-label="Period"]').allTextContents())
		expect(text.trim()).toBe(period);
	const notStarted = rev.getByTestId('not-started').locator('li');
	expect((await listed.count()) + (await notStarted.count())).toBe(expected);

	// export, in the reader's language
	const csv = await rev.request.get('/completeness/export.csv');
	expect(csv.headers()['content-type']).toContain('text/csv');
	expect(csv.headers()['content-disposition']).toMatch(/attachment; filename="completeness-/);
	const text = await csv.text();
	expect(text.split('\r\n')[0]).toContain('Reports owed');
	expect(text).toMatch(new RegExp(`\\r\\nMIA,Ministry of Internal Affairs,${heads[0]},`));
	const xlsx = await rev.request.get('/completeness/export.xlsx');
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load((await xlsx.body()) as unknown as ExcelJS.Buffer);
	expect(wb.worksheets[0].getRow(1).getCell(6).value).toBe('Reports owed');

	// remind one institution now: a message, an e-mail in the outbox, an audit entry
	await rev.goto('/completeness');
	await rev.getByRole('button', { name: 'Remind now — VAC' }).click();
	await expect(rev.getByRole('status')).toContainText(
		'Reminder sent to VAC (focal points reached: 1;'
	);
	const outbox = join(state, 'outbox');
	const mails = readdirSync(outbox).map((f) => readFileSync(join(outbox, f), 'utf8'));
	expect(mails.filter((m) => m.includes('To: vac@nap.test'))).toHaveLength(1);
	// a second click soon after sends nothing
	await rev.getByRole('button', { name: 'Remind now — VAC' }).click();
	await expect(rev.getByRole('alert')).toContainText('VAC was reminded a few minutes ago');
	expect(readdirSync(outbox)).toHaveLength(mails.length);
	await rev.goto('/audit?entity=institution');
	await expect(rev.locator('table.audit tbody tr').first()).toContainText('Reminder sent');
});
