// Statistics as a new user meets them: the Prosecutor General's Office focal point fills the
// year's template offline, imports it, fixes the flagged cell and submits; the reviewer checks
// the reconciliation and approves. Per-role access is checked on pages and downloads.
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gotoReady, hydrated, login, setLanguage } from './helpers';

/** The PGO report page for 2023, reached through the overview as a focal point would. */
async function openPgo2023(page: Page): Promise<string> {
	await gotoReady(page, '/statistics');
	// every year shows its due date
	await expect(page.getByTestId('due').first().locator('time')).toHaveAttribute(
		'datetime',
		/^\d{4}-\d{2}-\d{2}$/
	);
	await page.getByRole('link', { name: /2023/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('2023');
	await hydrated(page);
	return new URL(page.url()).pathname;
}

test('PGO fills the template offline, fixes the flagged cell and submits; the reviewer reconciles and approves', async ({
	page
}) => {
	await login(page, 'pgo@nap.test');
	await setLanguage(page, 'az');
	const reportPath = await openPgo2023(page);
	await expect(page.getByText('Qaralama').or(page.getByText('Başlanmayıb')).first()).toBeVisible();

	await page.getByText('Fayllar').click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Şablon (Excel)' }).click()
	]);
	expect(download.suggestedFilename()).toBe('statistics-PGO-2023-template.xlsx');
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.readFile((await download.path())!);
	const ws = wb.getWorksheet('statistics')!;
	const figures: Record<string, number> = {
		'criminal_cases_opened|': 14,
		'defendants|': 40,
		'defendants|sex=female': 30,
		'defendants|sex=male': 12, // 30 + 12 ≠ 40: the cell the focal point must fix
		'investigations_completed|': 35, // 13 in 2022: a year-on-year warning
		'persons_sent_to_court|': 30,
		// the national report publishes persons sent to court by sex
		'persons_sent_to_court|sex=female': 24,
		'persons_sent_to_court|sex=male': 6,
		'persons_convicted|': 20,
		'persons_convicted|sentence=imprisonment': 18,
		'persons_convicted|sentence=conditional': 1,
		'persons_convicted|sentence=postponed': 1
	};
	ws.eachRow((row, n) => {
		const id = `${row.getCell(3).value}|${row.getCell(4).value ?? ''}`;
		if (n > 1 && id in figures) {
			row.getCell(7).value = figures[id];
			row.getCell(10).value = 'PGO case register';
		}
	});
	const file = join(mkdtempSync(join(tmpdir(), 'stat-')), 'pgo-2023.xlsx');
	await wb.xlsx.writeFile(file);

	await page.getByRole('link', { name: 'Doldurulmuş şablonu idxal et' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rəqəmləri fayldan idxal et');
	await hydrated(page);
	await page.getByLabel('Fayl').setInputFiles(file);
	await page.getByRole('button', { name: 'Faylı yoxla' }).click();
	await expect(page.getByText('12 dəyişiklik')).toBeVisible();
	const flaggedPreview = page.locator('tr.flagged');
	await expect(flaggedPreview).toHaveCount(1);
	await expect(flaggedPreview).toContainText('"Cins" üzrə rəqəmlərin cəmi: 42; ümumi say isə: 40.');
	await page.getByRole('button', { name: '12 dəyişikliyi idxal et' }).click();

	await expect(page).toHaveURL(new RegExp(`${reportPath}\\?imported=12`));
	await expect(page.getByRole('status')).toContainText('12 rəqəm dəyişdi');
	const total = page.locator('input[name="v|defendants|"]');
	await expect(total).toHaveValue('40');
	await expect(total).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#m-defendants tr.flagged')).toContainText('ümumi say isə: 40');
	await expect(page.locator('#m-investigations_completed tr.warned')).toContainText(
		'2022 ilə (13) müqayisədə 2 dəfədən çox fərqlənir'
	);

	// submitting is refused while the sum is wrong; the summary links to the cell in error
	await page.getByRole('button', { name: 'Saxla və baxışa təqdim et' }).click();
	await expect(page.getByRole('alert').first()).toContainText('düzəldilməli xətalar var');
	const toCell = page.getByTestId('error-summary').getByRole('link').first();
	const anchor = decodeURIComponent((await toCell.getAttribute('href'))!.slice(1));
	expect(anchor).toMatch(/^cell-defendants-/);
	await toCell.click();
	await expect(page).toHaveURL(/#cell-defendants-/);
	await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();

	await page.locator('input[name="v|defendants|sex=male"]').fill('10');
	await page.getByRole('button', { name: 'Saxla və baxışa təqdim et' }).click();
	await expect(page.getByRole('status')).toContainText('Baxışa təqdim edildi.');
	await expect(page.getByText('Təqdim edilib').first()).toBeVisible();
	await expect(page.locator('input[name="v|defendants|"]')).toHaveCount(0); // read-only now

	// the reviewer (English interface)
	await page.context().clearCookies();
	await login(page, 'reviewer@nap.test');
	await setLanguage(page, 'en');
	await gotoReady(page, '/statistics');
	await page.getByLabel('Year').selectOption({ label: '2023 (open)' });
	await page.getByRole('button', { name: 'Show' }).click();
	await page.getByRole('link', { name: 'Reconciliation 2023' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reconciliation 2023');
	const pgoCard = page.locator('section.report', { hasText: "Prosecutor General's Office" });
	await expect(pgoCard).toContainText(
		'Investigations completed — Total: More than 2× different from 2022 (13). Please check.'
	);
	await expect(page.locator('section.fact', { hasText: 'Persons convicted' })).toContainText(
		'Supreme Court: not reported yet'
	);
	// one fact, one published figure: the official source's, or another one a reviewer chooses
	const cases = page.locator('section.fact', { hasText: 'Criminal cases opened' });
	await expect(cases).toContainText("Published: Prosecutor General's Office (official source)");
	await hydrated(page);
	await cases
		.getByLabel('Publish the figure of')
		.selectOption({ label: 'Ministry of Internal Affairs' });
	await cases.getByLabel('Reason').fill('MIA counts the cases it opened itself');
	await cases.getByRole('button', { name: 'Publish this figure' }).click();
	await expect(cases.getByRole('status')).toContainText('The published figure was changed.');
	await expect(cases).toContainText(
		'Published: Ministry of Internal Affairs (chosen by a reviewer: MIA counts the cases it opened itself)'
	);

	await pgoCard.getByRole('link', { name: "Prosecutor General's Office" }).click();
	await expect(page).toHaveURL(new RegExp(reportPath));
	await page.getByRole('button', { name: 'Approve', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Approved.');
	await expect(page.getByText('Submitted → Approved')).toBeVisible();
});

test("donors cannot open statistics entry, and one institution cannot open another's report", async ({
	page
}) => {
	await login(page, 'pgo@nap.test');
	await setLanguage(page, 'az');
	const reportPath = await openPgo2023(page);
	await page.context().clearCookies();

	await login(page, 'donor@nap.test');
	await setLanguage(page, 'en');
	expect((await page.goto('/statistics'))!.status()).toBe(403);
	expect((await page.goto(reportPath))!.status()).toBe(403);
	expect((await page.goto('/statistics/reconciliation'))!.status()).toBe(403);
	await page.context().clearCookies();

	await login(page, 'vac@nap.test');
	await setLanguage(page, 'az');
	expect((await page.goto(reportPath))!.status()).toBe(403);
	expect((await page.request.get(`${reportPath}/export.xlsx`)).status()).toBe(403);
	expect((await page.goto(`${reportPath}/import`))!.status()).toBe(403);
	expect((await page.goto('/statistics/reconciliation'))!.status()).toBe(403);
	// a forged save into PGO's report is refused on the server
	const forged = await page.request.post(`${reportPath}?/save`, {
		form: { version: '0', 'v|defendants|': '1' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(forged.status()).toBe(403);
	await page.goto('/statistics');
	await expect(page.getByRole('link', { name: /2023/ })).toHaveAttribute(
		'href',
		/\/statistics\/\d+\/\d+/
	);
	expect(await page.getByRole('link', { name: /2023/ }).getAttribute('href')).not.toBe(reportPath);
});

test('two tabs editing the same report: the later save is refused and keeps what was typed', async ({
	page,
	context
}) => {
	await login(page, 'vac@nap.test');
	await setLanguage(page, 'az');
	await gotoReady(page, '/statistics');
	await page.getByRole('link', { name: /2024/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('2024');
	const url = page.url();
	const other = await context.newPage();
	await gotoReady(other, url);

	await page.locator('input[name="v|at_risk_assisted|"]').fill('5');
	await page.getByRole('button', { name: 'Qaralamanı saxla' }).click();
	await expect(page.getByRole('status')).toContainText('1 dəyişiklik');

	await other.locator('input[name="v|at_risk_assisted|"]').fill('7');
	await other.getByRole('button', { name: 'Qaralamanı saxla' }).click();
	await expect(other.getByRole('alert').first()).toContainText(
		'Bu arada başqa biri dəyişiklik saxladı'
	);
	await expect(other.locator('input[name="v|at_risk_assisted|"]')).toHaveValue('7');
	await gotoReady(other, url);
	await expect(other.locator('input[name="v|at_risk_assisted|"]')).toHaveValue('5');
});

test('grid figures save themselves while typing; a second tab never overwrites them; wrong input is kept and leaving asks', async ({
	page,
	context
}) => {
	await login(page, 'vac@nap.test');
	await setLanguage(page, 'en');
	await gotoReady(page, '/statistics');
	await page.getByRole('link', { name: /2024/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('2024');
	await hydrated(page);
	const url = page.url();
	const other = await context.newPage();
	await gotoReady(other, url);
	const cell = (p: Page) => p.locator('input[name="v|financial_assistance_recipients|"]');
	const status = (p: Page) => p.getByTestId('grid-autosave');

	// no button pressed: the draft is saved after typing stops
	await cell(page).fill('17');
	await expect(status(page)).toContainText('Draft saved automatically', { timeout: 20_000 });
	await page.reload();
	await hydrated(page);
	await expect(cell(page)).toHaveValue('17');

	// the other tab still holds the old version: its autosave stops instead of overwriting
	await cell(other).fill('23');
	await expect(status(other)).toContainText('automatic saving has stopped', { timeout: 20_000 });
	await expect(cell(other)).toHaveValue('23');
	await page.reload();
	await expect(cell(page)).toHaveValue('17');
	await hydrated(page);

	// wrong input is refused by the server, said in the status line, and kept as typed
	await cell(page).fill('1.5');
	await expect(status(page)).toContainText('a figure is not valid', { timeout: 20_000 });
	await expect(cell(page)).toHaveValue('1.5');
	// it is still unsaved, so leaving the page asks first
	let asked = '';
	page.once('dialog', (d) => {
		asked = d.message();
		void d.dismiss();
	});
	await page.getByRole('link', { name: 'Sources and notes in both languages' }).click();
	await expect.poll(() => asked).toContain('changes that are not saved');
	await expect(page).toHaveURL(url);
	await expect(cell(page)).toHaveValue('1.5');
	// corrected, it saves itself again
	await cell(page).fill('19');
	await expect(status(page)).toContainText('Draft saved automatically', { timeout: 20_000 });
	await gotoReady(page, url);
	await expect(cell(page)).toHaveValue('19');
});

test("a submit pressed while the grid's autosave is on its way waits for it: no conflict with oneself", async ({
	page
}) => {
	// NGO Təmiz Dünya's 2024 figures: no other browser test opens them
	await login(page, 'ngo@nap.test');
	await setLanguage(page, 'en');
	await gotoReady(page, '/statistics');
	await page.getByRole('link', { name: /2024/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('2024');
	await hydrated(page);
	const status = page.getByTestId('grid-autosave');
	const total = (metric: string) => page.locator(`input[name="v|${metric}|"]`);

	// a slow connection, made deterministic: the server saves the draft, its answer is held back
	// until the user has pressed the button; a submit sent before that answer would be a bug
	let released = false;
	const sentEarly: string[] = [];
	page.on('request', (r) => {
		if (/\?\/submit$/.test(r.url()) && !released) sentEarly.push(r.url());
	});
	const holdNextAutosave = () => {
		let release = () => {};
		const held = new Promise<void>((r) => (release = r));
		const reached = new Promise<void>((r) =>
			page.route(
				/\?\/save$/,
				async (route) => {
					const response = await route.fetch();
					r();
					await held;
					await route.fulfill({ response });
				},
				{ times: 1 }
			)
		);
		return {
			reached,
			release: () => {
				released = true;
				release();
			}
		};
	};

	// Submit while the first draft save is on its way: it is sent after it (and asks about the
	// empty cells, which writes nothing)
	let autosave = holdNextAutosave();
	await total('victims_assisted').fill('3');
	await autosave.reached;
	await expect(status).toHaveText('Saving the draft…');
	await page.getByRole('button', { name: 'Save and submit for review' }).click();
	autosave.release();
	await expect(page.getByTestId('confirm-empty')).toBeVisible();
	await expect(page.getByRole('alert').filter({ hasText: 'Someone else saved' })).toHaveCount(0);

	// "Submit anyway" while the next draft save is on its way: sent with the version that save
	// moved the report to, so it lands instead of conflicting with the user's own draft
	released = false;
	autosave = holdNextAutosave();
	await total('at_risk_assisted').fill('3');
	await autosave.reached;
	await expect(status).toHaveText('Saving the draft…');
	await page.getByRole('button', { name: 'Submit anyway' }).click();
	autosave.release();
	await expect(page.getByRole('status').filter({ hasText: 'Submitted for review.' })).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(sentEarly).toEqual([]);
	await expect(page.locator('[data-state="submitted"]').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a focal point saves figures; a wrong one comes back with what was typed and why', async ({
		page,
		browser
	}) => {
		// the shared login helper waits for hydration, which never happens here
		await page.goto('/login');
		await page.getByLabel(/Email|E-poçt/).fill('mia@nap.test');
		await page.getByLabel(/Password|Şifrə/).fill('demo-password');
		await page.getByRole('button', { name: /Sign in|Daxil ol/ }).click();
		await expect(page).not.toHaveURL(/\/login/);
		await setLanguage(page, 'az');
		await page.goto('/statistics');
		await page.getByRole('link', { name: /2024/ }).click();
		await page.locator('input[name="v|hotline_calls|"]').fill('1200');
		await page.locator('input[name="src|hotline_calls|"]').fill('Hotline 152 log');
		await page.locator('input[name="na|potential_victims|"]').check();
		await page.getByRole('button', { name: 'Qaralamanı saxla' }).click();
		await expect(page.getByRole('status')).toContainText('Rəqəmlər saxlanıldı (2 dəyişiklik).');
		await expect(page.locator('input[name="v|hotline_calls|"]')).toHaveValue('1200');
		await expect(page.locator('input[name="na|potential_victims|"]')).toBeChecked();

		await page.locator('input[name="v|criminal_groups_neutralised|"]').fill('2.5');
		await page.locator('input[name="v|hotline_calls|"]').fill('1300');
		await page.getByRole('button', { name: 'Qaralamanı saxla' }).click();
		await expect(page.locator('input[name="v|criminal_groups_neutralised|"]')).toHaveValue('2.5');
		await expect(page.locator('input[name="v|hotline_calls|"]')).toHaveValue('1300');
		await expect(page.locator('#m-criminal_groups_neutralised')).toContainText(
			'Say tam ədəd olmalıdır.'
		);
		await page.goto(page.url());
		await expect(page.locator('input[name="v|hotline_calls|"]')).toHaveValue('1200'); // nothing of the refused save was kept

		// the source typed in the Azerbaijani interface is the Azerbaijani text; a reviewer adds
		// the English one (audited), without JavaScript too
		const texts = `${new URL(page.url()).pathname}/texts`;
		await page.getByRole('link', { name: 'Mənbələr və qeydlər iki dildə' }).click();
		await expect(page).toHaveURL(texts);
		const group = page.getByTestId('text-group').filter({ hasText: 'Hotline 152 log' });
		await expect(group).toContainText('tərcümə yoxdur');
		await expect(group.locator('dd').first()).toHaveText('Hotline 152 log');
		await expect(group.locator('dd').nth(1)).toHaveText('—');
		const reviewer = await browser.newContext({ javaScriptEnabled: false });
		const r = await reviewer.newPage();
		await r.goto('/login');
		await r.getByLabel(/Email|E-poçt/).fill('reviewer@nap.test');
		await r.getByLabel(/Password|Şifrə/).fill('demo-password');
		await r.getByRole('button', { name: /Sign in|Daxil ol/ }).click();
		await expect(r).not.toHaveURL(/\/login/);
		await setLanguage(r, 'en');
		await r.goto(texts);
		const form = r
			.getByTestId('text-group')
			.filter({ has: r.locator('textarea', { hasText: 'Hotline 152 log' }) });
		await form.getByLabel('English').fill('Log of the 152 hotline');
		await form.getByRole('button', { name: 'Save both languages' }).click();
		await expect(r.getByRole('status')).toContainText('Saved for 1 figures.');
		await reviewer.close();
		await page.reload();
		await expect(group.locator('dd').nth(1)).toHaveText('Log of the 152 hotline');
		await expect(group).not.toContainText('tərcümə yoxdur');
	});
});

test('an admin defines a metric at /admin/metrics; other roles cannot', async ({ page }) => {
	await login(page, 'reviewer@nap.test');
	await setLanguage(page, 'en');
	expect((await page.goto('/admin/metrics'))!.status()).toBe(403);
	await page.context().clearCookies();

	await login(page, 'admin@nap.test');
	await setLanguage(page, 'en');
	await gotoReady(page, '/admin');
	await page.getByRole('link', { name: 'Statistics definitions' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistics definitions');
	await hydrated(page);
	await expect(page.getByRole('link', { name: 'victims_identified' })).toBeVisible();
	const create = page.locator('form[action="?/createMetric"]');
	await create.getByLabel('Code').fill('Bad code');
	await create.getByLabel('Name (Azerbaijani)').fill('Sınaq göstəricisi');
	await create.getByRole('button', { name: 'Create' }).click();
	await expect(create.getByText('Use Latin letters')).toBeVisible();
	await expect(create.getByLabel('Name (Azerbaijani)')).toHaveValue('Sınaq göstəricisi');
	await create.getByLabel('Code').fill('e2e_shelter_days');
	await create.getByLabel('Name (English)').fill('Shelter days (test)');
	await create.getByRole('button', { name: 'Create' }).click();
	await expect(page.getByRole('status')).toContainText('Created.');
	await hydrated(page);
	await page.getByLabel('Sex: Use').selectOption('required');
	await page.getByRole('checkbox', { name: "'Women of the XXI Century' Public Union" }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Saved.');
	// one official source: refused without an institution, saved with the one that reports it
	const combine = page.locator('form[action="?/combine"]');
	await combine.getByLabel('One official institution’s figure').check();
	await combine.getByRole('button', { name: 'Save how figures combine' }).click();
	await expect(combine.getByText('Choose an institution that reports this metric')).toBeVisible();
	await combine
		.getByLabel('Official source')
		.selectOption({ label: "'Women of the XXI Century' Public Union" });
	await combine.getByRole('button', { name: 'Save how figures combine' }).click();
	await expect(combine.getByRole('status')).toContainText('Saved.');
	await page.goto('/admin/metrics');
	await expect(page.getByRole('row', { name: /e2e_shelter_days/ })).toContainText('Sex');
});

test('submitting a grid with empty cells asks first, without JavaScript too; no answer writes nothing', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/login');
	await page.getByLabel(/Email|E-poçt/).fill('mia@nap.test');
	await page.getByLabel(/Password|Şifrə/).fill('demo-password');
	await page.getByRole('button', { name: /Sign in|Daxil ol/ }).click();
	await expect(page).not.toHaveURL(/\/login/);
	await page.goto('/statistics');
	// a year MIA has not started: every cell is empty
	const row = page
		.locator('tbody tr')
		.filter({ hasText: /Başlanmayıb|Not started/ })
		.first();
	await row.getByRole('link').click();
	const cells = await page.locator('input[name^="v|"]').count();
	expect(cells).toBeGreaterThan(0);
	await page
		.getByRole('button', { name: /Saxla və baxışa təqdim et|Save and submit for review/ })
		.click();
	await expect(page.getByTestId('confirm-empty')).toContainText(
		new RegExp(`${cells} xanadan ${cells} xana boşdur|${cells} of ${cells} cells are empty`)
	);
	// not answering writes nothing: the report is still not started
	await page.goto(page.url());
	await expect(page.getByText(/Başlanmayıb|Not started/).first()).toBeVisible();
	await context.close();
});
