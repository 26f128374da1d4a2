import { expect, test, type Browser, type Page } from '@playwright/test';
import { gotoReady, hydrated, login, setLanguage } from './helpers';

// The donor and public pages are served from a cache of whole pages (src/lib/server/page-cache.ts).
// After an approval, a reopen or a change of the disclosure threshold the next view must show
// the new figures: each step compares the page at its usual address (cached) with the same page
// at an address never asked for before (rendered fresh), and checks the step changed the page.

async function userPage(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await login(page, email);
	await setLanguage(page, 'en');
	return page;
}

let fresh = 0;
/** The donor page's figures: at `path` (maybe cached) and at a new address (never cached). */
async function figures(donor: Page, path: string) {
	const text = async (url: string) => {
		expect((await donor.goto(url))?.status()).toBe(200);
		// after hydration: the charts' legends and buttons appear then
		await hydrated(donor);
		return donor.locator('main').innerText();
	};
	const shown = await text(path);
	const rendered = await text(`${path}${path.includes('?') ? '&' : '?'}fresh=${++fresh}`);
	return { shown, rendered };
}

test('the donor page never shows figures from before an approval, a reopen or a threshold change', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const donor = await userPage(browser, 'donor@nap.test');
	const reviewer = await userPage(browser, 'reviewer@nap.test');
	// the seed's submitted MIA report on action 4.1.13 counts towards aim 4.1's progress
	await reviewer.goto('/review');
	const row = reviewer
		.locator('tr[data-report]')
		.filter({ hasText: '4.1.13' })
		.filter({ hasText: 'MIA' });
	const reportId = await row.getAttribute('data-report');
	expect(reportId).toMatch(/^\d+$/);

	const start = await figures(donor, '/donor');
	expect((await figures(donor, '/donor')).shown).toBe(start.rendered); // a cache hit, same page

	await gotoReady(reviewer, `/reports/${reportId}`);
	await reviewer.getByRole('button', { name: 'Approve', exact: true }).click();
	await expect(reviewer.getByRole('status')).toHaveText('Report approved.');
	const approved = await figures(donor, '/donor');
	expect(approved.shown).not.toBe(start.shown);
	expect(approved.shown).toBe(approved.rendered);

	await hydrated(reviewer);
	await reviewer.getByLabel('Reason').fill('Reopened by the page cache test.');
	await reviewer.getByRole('button', { name: 'Reopen with reason' }).click();
	await expect(reviewer.getByRole('status')).toBeVisible();
	const reopened = await figures(donor, '/donor');
	expect(reopened.shown).not.toBe(approved.shown);
	expect(reopened.shown).toBe(reopened.rendered);
	expect(reopened.shown).toBe(start.shown);

	// the focal point submits it again, so the demo data is as the other tests expect
	const mia = await userPage(browser, 'mia@nap.test');
	await gotoReady(mia, `/reports/${reportId}`);
	await mia.getByRole('button', { name: 'Submit for review' }).click();
	await expect(mia.locator('[data-state="submitted"]').first()).toBeVisible();

	// the disclosure threshold: two children are "<5" at 4, and shown at 1
	const path = '/donor?from=2020&to=2021';
	const child = async () =>
		(
			await donor
				.locator('figure[data-chart="victims_age"] tbody tr')
				.filter({ has: donor.getByRole('rowheader', { name: /^Child/ }) })
				.locator('td')
				.allTextContents()
		)[2].trim();
	await figures(donor, path);
	await donor.goto(path);
	expect(await child()).toBe('<5');
	const admin = await userPage(browser, 'admin@nap.test');
	const setThreshold = async (n: string) => {
		await gotoReady(admin, '/admin/disclosure');
		await admin.getByLabel('Small-count threshold').fill(n);
		await admin.getByRole('button', { name: 'Save' }).click();
		await expect(admin.getByRole('status')).toHaveText('Settings saved.');
	};
	try {
		await setThreshold('1');
		const lowered = await figures(donor, path);
		expect(lowered.shown).toBe(lowered.rendered);
		await donor.goto(path);
		expect(await child()).toBe('2');
	} finally {
		await setThreshold('4');
	}
	await donor.goto(path);
	expect(await child()).toBe('<5');
});
