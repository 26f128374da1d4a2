import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { gotoReady, hydrated, login, setLanguage } from './helpers';

const MIDTERM = /Mid-term review/;

async function docxText(page: Page, linkName: RegExp) {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: linkName }).click()
	]);
	const zip = await JSZip.loadAsync(await readFile((await download.path())!));
	const xml = await zip.file('word/document.xml')!.async('string');
	return {
		name: download.suggestedFilename(),
		xml,
		text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ')
	};
}

test.describe('reviews and round tables', () => {
	test('focal points and donors cannot open reviews', async ({ page }) => {
		for (const email of ['mia@nap.test', 'donor@nap.test']) {
			await login(page, email);
			for (const path of [
				'/reviews',
				'/reviews/compare',
				'/reviews/round-tables',
				'/reviews/compare/export.csv',
				'/reviews/pack/print?scope=plan&locale=en'
			]) {
				const res = await page.goto(path);
				expect(res?.status(), `${email} ${path}`).toBe(403);
			}
			await page.context().clearCookies();
		}
	});

	test('the reviewer freezes a review, compares it with the mid-term and downloads the pack in both languages', async ({
		page
	}) => {
		await login(page, 'reviewer@nap.test');
		await gotoReady(page, '/reviews');
		await expect(page.getByRole('link', { name: MIDTERM })).toBeVisible();

		// freeze
		const name = `Final review ${Date.now()}`;
		await page.getByLabel('Name (English)').fill(name);
		await page.getByLabel('Name (Azerbaijani)').fill(`Yekun icmal ${name.slice(13)}`);
		await page.getByRole('button', { name: 'Freeze a review' }).click();
		await expect(page.getByRole('status')).toContainText(`Review “${name}” frozen`);
		await expect(page.getByRole('link', { name })).toBeVisible();

		// compare with the mid-term snapshot
		await page.getByRole('link', { name: 'Compare', exact: true }).first().click();
		await expect(page).toHaveURL(/\/reviews\/compare/);
		await hydrated(page);
		await page.getByLabel('Earlier').selectOption({
			label: (await page
				.getByLabel('Earlier')
				.locator('option', { hasText: 'Mid-term' })
				.textContent())!.trim()
		});
		await page.getByLabel('Later').selectOption({
			label: (await page
				.getByLabel('Later')
				.locator('option', { hasText: name })
				.textContent())!.trim()
		});
		await page.getByLabel('Show actions').selectOption('all');
		await page.getByRole('button', { name: 'Compare' }).click();
		await expect(page.getByRole('heading', { level: 2 })).toContainText('Mid-term review');
		await expect(page.getByRole('heading', { level: 2 })).toContainText(name);
		await expect(page.getByTestId('compare-actions')).toBeVisible();
		const [csv] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Download CSV' }).click()
		]);
		const csvText = await readFile((await csv.path())!, 'utf8');
		expect(csvText).toContain('Mid-term review');
		expect(csvText).toContain(name);

		// the pack, in Azerbaijani then English, from the mid-term snapshot
		for (const [lang, heading] of [
			['Azərbaycanca', 'Məqsədlər üzrə icra'],
			['English', 'Implementation by aim']
		] as const) {
			await gotoReady(page, '/reviews/pack');
			const option = (await page
				.getByLabel('Data')
				.locator('option', { hasText: 'Mid-term' })
				.textContent())!.trim();
			await page.getByLabel('Data').selectOption({ label: option });
			await page.getByLabel(lang).check();
			await page.getByRole('button', { name: 'Generate DOCX' }).click();
			await expect(page).toHaveURL(/\/reviews\/pack\/jobs\//);
			await expect(page.getByRole('link', { name: /Download the pack/ })).toBeVisible({
				timeout: 30_000
			});
			const doc = await docxText(page, /Download the pack/);
			expect(doc.name).toMatch(lang === 'English' ? /-en\.docx$/ : /-az\.docx$/);
			expect(doc.text).toContain(heading);
			expect(doc.text).toContain(
				lang === 'English' ? 'as of 4 October 2022' : '4 Oktyabr 2022 tarixinə'
			);
			expect(doc.xml).toContain('<w:tbl>');
		}

		// the print version says what it shows
		await page.getByRole('link', { name: 'Open print version' }).click();
		await expect(page.getByTestId('pack-source')).toContainText('as of 4 October 2022');
		await expect(page.getByRole('heading', { name: 'Action by action' })).toBeVisible();
		// its charts are the server's chart.js pictures, the same as in the DOCX
		const chart = page.getByRole('img', { name: 'Status of actions by aim' });
		await expect(chart).toBeVisible();
		expect(await chart.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2000);
		// its statistics are the results view's tables: a range lacking a year marked "*" with its
		// note, and the two kinds of missing figure explained
		await expect(page.getByRole('heading', { name: 'Defendants, by sex' })).toBeVisible();
		await expect(page.getByRole('cell', { name: '17*', exact: true }).first()).toBeVisible();
		await expect(
			page.getByText('2020–2021, Female; Male: sum of the years known, without 2021').first()
		).toBeVisible();
		await expect(page.getByText('“n/a”: not available from the source').first()).toBeVisible();
	});

	test('the reviewer records a round table and its decision, and the focal point is asked to report on it', async ({
		page
	}) => {
		await login(page, 'reviewer@nap.test');
		// typing before hydration would be undone by it (the date then empty, so the browser's
		// `required` check stops the post and no error ever shows): wait as a user sees the page work
		await gotoReady(page, '/reviews/round-tables');
		await expect(
			page.getByRole('link', { name: /mid-term review of the National Action Plan/ })
		).toBeVisible();

		// without participants: the server says so and keeps what was typed
		const title = `Working group meeting ${Date.now()}`;
		await page.getByLabel('Title (English)').fill(title);
		await page.getByLabel('Date').fill('2024-03-15');
		await page.getByRole('button', { name: 'Record a round table' }).click();
		await expect(page.getByRole('alert')).toBeVisible();
		await expect(page.getByText('Choose at least one institution.')).toBeVisible();
		await expect(page.getByLabel('Title (English)')).toHaveValue(title);
		await expect(page.getByLabel('Date')).toHaveValue('2024-03-15');
		// the form posts without use:enhance: the answer is a new page, hydrated afresh
		await hydrated(page);

		await page.getByLabel('Ministry of Internal Affairs', { exact: true }).check();
		await page.getByLabel("Prosecutor General's Office", { exact: true }).check();
		await page.getByRole('button', { name: 'Record a round table' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(page.getByRole('status')).toContainText('Round table recorded');
		await hydrated(page);

		await page
			.getByLabel('Text (English)')
			.fill(
				'Publish the referral contacts of every district police office on the helpline website.'
			);
		await page
			.getByLabel('Text (Azerbaijani)')
			.fill(
				'Hər rayon polis idarəsinin yönləndirmə əlaqələri qaynar xəttin saytında dərc edilsin.'
			);
		await page
			.getByRole('group', { name: 'Assigned to' })
			.getByLabel('Ministry of Internal Affairs', { exact: true })
			.check();
		await page.getByLabel('Due by').fill('2024-12-31');
		await page.getByRole('button', { name: 'Add a decision or recommendation' }).click();
		const saved = page.getByRole('status').filter({ hasText: 'added and assigned' });
		await expect(saved).toBeVisible();
		const code = (await saved.textContent())!.match(/RT\d+\.D\d+/)![0];
		await expect(page.getByTestId('decisions')).toContainText('Publish the referral contacts');
		const roundTableUrl = page.url().split('?')[0];

		// the focal point of MIA sees the decision on "My actions" and reports on it like on any action
		await page.context().clearCookies();
		await login(page, 'mia@nap.test');
		await setLanguage(page, 'az');
		const res = await page.goto('/my-actions?period=2024-H1');
		expect(res?.status()).toBe(200);
		await expect(page.locator('main').getByText(code, { exact: true }).first()).toBeVisible();
		await page.getByRole('button', { name: new RegExp(code.replace('.', '\\.')) }).click();
		await expect(page).toHaveURL(/\/reports\/\d+/);
		await expect(page.locator('main')).toContainText('Hər rayon polis idarəsinin');

		// the reviewer edits the decision, then withdraws it: kept and shown as withdrawn, and
		// the focal point is no longer asked to report on it
		await page.context().clearCookies();
		await login(page, 'reviewer@nap.test');
		await gotoReady(page, roundTableUrl);
		const editor = page.locator('details').filter({ hasText: `Edit or withdraw ${code}` });
		await editor.getByText(`Edit or withdraw ${code}`).click();
		await editor.getByLabel('Text (English)').fill('Publish the referral contacts by June.');
		await editor.getByRole('button', { name: 'Save changes' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Decision updated' })).toBeVisible();
		await expect(page.getByTestId('decisions')).toContainText('by June');
		await hydrated(page);
		// a second tab still holds the edit form: once the decision is withdrawn its save is refused,
		// and the page says why although the reloaded page no longer has that form
		const stale = await page.context().newPage();
		await gotoReady(stale, roundTableUrl);
		const staleEditor = stale.locator('details').filter({ hasText: `Edit or withdraw ${code}` });
		await staleEditor.getByText(`Edit or withdraw ${code}`).click();
		await staleEditor.getByLabel('Text (English)').fill('Publish the referral contacts by July.');
		await editor.getByText(`Edit or withdraw ${code}`).click();
		// without the confirmation nothing is written (the browser's `required` is bypassed here)
		await editor.locator('input[name=confirm]').evaluate((el) => el.removeAttribute('required'));
		await editor.getByRole('button', { name: 'Withdraw the decision' }).click();
		await expect(page.getByText('Tick the box to confirm. Nothing was changed.')).toBeVisible();
		await hydrated(page);
		await editor.getByLabel(/Yes, withdraw this decision/).check();
		await editor.getByRole('button', { name: 'Withdraw the decision' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Decision withdrawn' })).toBeVisible();
		await expect(
			page.getByTestId('decisions').locator('tr[data-withdrawn=yes]').filter({ hasText: code })
		).toContainText('withdrawn');
		await staleEditor.getByRole('button', { name: 'Save changes' }).click();
		await expect(
			stale
				.getByRole('alert')
				.filter({ hasText: 'This has been withdrawn and can no longer be changed.' })
		).toBeVisible();
		await expect(stale.getByTestId('decisions')).not.toContainText('by July');
		await stale.close();

		await page.context().clearCookies();
		await login(page, 'mia@nap.test');
		await page.goto('/my-actions?period=2024-H1');
		await expect(page.locator('main')).toBeVisible();
		await expect(page.locator('main').getByText(code, { exact: true })).toHaveCount(0);
	});
});
