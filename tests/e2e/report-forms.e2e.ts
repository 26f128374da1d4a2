// Report forms that keep work: an upload saves the text typed with it (also without JavaScript),
// drafts save themselves while typing without overwriting anyone, leaving with unsaved text asks.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { hydrated, login, setLanguage } from './helpers';

const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64'
);

async function userPage(browser: Browser, email: string, javaScriptEnabled = true) {
	const ctx = await browser.newContext({ javaScriptEnabled });
	const page = await ctx.newPage();
	await login(page, email);
	return page;
}

/** Starts MIA's report on the first action of the period that has none yet. */
async function startFirst(page: Page, period: string) {
	await page.goto(`/my-actions?period=${period}`);
	const row = page
		.locator('tr[data-action]')
		.filter({ has: page.getByRole('button', { name: /Start report|Hesabata başla/ }) })
		.first();
	await row.getByRole('button', { name: /Start report|Hesabata başla/ }).click();
	await expect(page).toHaveURL(/\/reports\/\d+$/);
	await hydrated(page);
	return Number(page.url().split('/').pop());
}

const doneEn = (page: Page) =>
	page.getByLabel(/What was done — in English|Görülən işlər — ingiliscə/);

test('evidence comes before the submit buttons; an upload without JavaScript keeps the typed text', async ({
	browser
}) => {
	const mia = await userPage(browser, 'mia@nap.test');
	await setLanguage(mia, 'en');
	const id = await startFirst(mia, '2024-H1');
	// the natural reading order: narrative, evidence, then Save / Submit
	const upload = await mia.getByRole('button', { name: 'Upload file' }).boundingBox();
	const submit = await mia.getByRole('button', { name: 'Submit for review' }).boundingBox();
	expect(upload!.y).toBeLessThan(submit!.y);

	const noJs = await userPage(browser, 'mia@nap.test', false);
	await noJs.goto(`/reports/${id}`);
	await doneEn(noJs).fill('Typed, not saved, then a file was uploaded.');
	await noJs
		.getByLabel(/^(File|Fayl)$/)
		.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PNG });
	await noJs.getByRole('button', { name: /Upload file|Faylı yüklə/ }).click();
	await expect(noJs.getByRole('status')).toHaveText(/Evidence added\.|Sübut əlavə edildi\./);
	await expect(noJs.getByRole('link', { name: 'photo.png' })).toBeVisible();
	// the file field is empty again, the text is saved
	await expect(noJs.getByLabel(/^(File|Fayl)$/)).toHaveValue('');
	await noJs.goto(`/reports/${id}`);
	await expect(doneEn(noJs)).toHaveValue('Typed, not saved, then a file was uploaded.');

	// with JavaScript: a finished upload clears the file field, so a second click adds nothing
	await mia.reload();
	await hydrated(mia);
	await mia
		.getByLabel('File', { exact: true })
		.setInputFiles({ name: 'second.png', mimeType: 'image/png', buffer: PNG });
	await mia.getByRole('button', { name: 'Upload file' }).click();
	await expect(mia.getByRole('link', { name: 'second.png' })).toBeVisible();
	await expect(mia.getByLabel('File', { exact: true })).toHaveValue('');
});

test('a draft saves itself while typing, and never overwrites another tab silently', async ({
	browser
}) => {
	const a = await userPage(browser, 'mia@nap.test');
	await setLanguage(a, 'en');
	const id = await startFirst(a, '2024-H1');
	const b = await userPage(browser, 'mia@nap.test');
	await b.goto(`/reports/${id}`);
	await hydrated(b);

	await doneEn(a).fill('Saved by autosave in tab A.');
	await expect(a.getByTestId('autosave')).toContainText('Draft saved automatically', {
		timeout: 20_000
	});
	// tab B still holds the old version: its autosave must stop rather than overwrite A
	await doneEn(b).fill('Typed in tab B.');
	await expect(b.getByTestId('autosave')).toContainText('automatic saving has stopped', {
		timeout: 20_000
	});
	const fresh = await userPage(browser, 'mia@nap.test');
	await fresh.goto(`/reports/${id}`);
	await expect(doneEn(fresh)).toHaveValue('Saved by autosave in tab A.');
	// a deliberate save in B shows the conflict with both texts
	await b.getByRole('button', { name: /Save draft|Qaralamanı saxla/ }).click();
	await expect(b.locator('tr[data-field="doneEn"]')).toContainText('Saved by autosave in tab A.');
});

test('leaving the page with unsaved text asks first', async ({ browser }) => {
	const mia = await userPage(browser, 'mia@nap.test');
	await setLanguage(mia, 'en');
	await startFirst(mia, '2024-H1');
	await doneEn(mia).fill('Not saved yet.');
	let asked = '';
	mia.once('dialog', (d) => {
		asked = d.message();
		void d.dismiss();
	});
	await mia.getByRole('link', { name: /Back/ }).first().click();
	await expect.poll(() => asked).toContain('changes that are not saved');
	await expect(mia).toHaveURL(/\/reports\/\d+$/);
	await expect(doneEn(mia)).toHaveValue('Not saved yet.');
});
