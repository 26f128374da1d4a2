import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, gotoReady, hydrated, login, setLanguage } from './helpers';

const ROLES = [
	{ email: 'admin@nap.test', locale: 'en' },
	{ email: 'reviewer@nap.test', locale: 'en' },
	{ email: 'mia@nap.test', locale: 'az' },
	{ email: 'pgo@nap.test', locale: 'az' },
	{ email: 'vac@nap.test', locale: 'az' },
	{ email: 'ngo@nap.test', locale: 'en' },
	{ email: 'donor@nap.test', locale: 'en' }
] as const;

/** Signs in through the plain form post: without JavaScript there is no hydration to wait for. */
async function loginWithoutJs(page: Page, email: string) {
	await page.goto('/login');
	await page.getByLabel(/Email|E-poçt/).fill(email);
	await page.getByLabel(/Password|Şifrə/).fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: /Sign in|Daxil ol/ }).click();
	await expect(page).not.toHaveURL(/\/login/);
}

const rowCodes = (page: Page) =>
	page
		.locator('table.actions tbody tr')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));

for (const role of ROLES) {
	test(`${role.email} sees the plan in both languages, with sample badges`, async ({ page }) => {
		await login(page, role.email);
		await page.goto('/plan');
		await setLanguage(page, 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action plan');
		for (const code of ['4.1', '4.2', '4.3', '4.4', '4.5'])
			await expect(
				page.getByRole('heading', {
					level: 2,
					name: new RegExp(`^${code.replace('.', '\\.')}\\. `)
				})
			).toBeVisible();
		await expect(page.getByTestId('plan-count')).toHaveText(/^(\d+) of \1 actions$/);
		const sampleRow = page.locator('tr[data-code="4.3.12"]');
		await expect(sampleRow).toContainText('Running a 24-hour hotline');
		await expect(sampleRow.locator('.badge.sample')).toHaveText('sample');
		// a real row carries no sample badge
		await expect(page.locator('tr[data-code="4.1.1"] .badge.sample')).toHaveCount(0);

		await setLanguage(page, 'az');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fəaliyyət planı');
		await expect(sampleRow).toContainText('24 saat fəaliyyət göstərən qaynar xətt');
		await expect(sampleRow.locator('.badge.sample')).toHaveText('nümunə');
		await expect(page.getByRole('columnheader', { name: 'Aparıcı icraçı' }).first()).toBeVisible();
		await setLanguage(page, role.locale);
	});
}

test('an action page shows both texts, the executing bodies with roles, and the source', async ({
	page
}) => {
	await login(page, 'pgo@nap.test');
	await page.goto('/plan?q=4.2.9');
	await setLanguage(page, 'en');
	await page.getByRole('link', { name: '4.2.9', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Action 4.2.9');
	await expect(page.locator('section[lang="az"]')).toContainText('pulsuz hüquqi yardım');
	await expect(page.locator('section[lang="en"]')).toContainText('free legal aid');
	await expect(page.locator('.facts')).toContainText('Ministry of Justice — lead');
	await expect(page.locator('.facts')).toContainText('Bar Association — recommended');
	await expect(page.locator('.facts')).toContainText('sample for the demo');
	await setLanguage(page, 'az');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('filters by aim and institution and searches Azerbaijani-aware', async ({ page }) => {
		await loginWithoutJs(page, 'reviewer@nap.test');
		await page.goto('/plan');
		await page.getByLabel('Search in actions').fill('İSTİSMAR');
		await page.getByRole('button', { name: 'Show' }).click();
		await expect(page).toHaveURL(/q=%C4%B0ST%C4%B0SMAR/);
		const upper = await rowCodes(page);
		expect(upper.length).toBeGreaterThan(2);
		expect(upper).toContain('4.5.14'); // "uşaqların istismarı"
		await page.getByLabel('Search in actions').fill('istismar');
		await page.getByRole('button', { name: 'Show' }).click();
		expect(await rowCodes(page)).toEqual(upper);

		await page.goto('/plan');
		await page
			.getByLabel('Aim', { exact: true })
			.selectOption({ label: '4.3. Strengthening the protection of victims' });
		await page.getByLabel('Institution', { exact: true }).selectOption({
			label: 'Assistance Center for Victims of Human Trafficking (Social Services Agency, MLSPP)'
		});
		await page.getByRole('button', { name: 'Show' }).click();
		const codes = await rowCodes(page);
		expect(codes.length).toBeGreaterThan(5);
		expect(codes.every((c) => c!.startsWith('4.3.'))).toBe(true);
		for (const row of await page.locator('table.actions tbody tr').all())
			await expect(row).toContainText('Assistance Center for Victims of Human Trafficking');
		await expect(page.getByTestId('plan-count')).toHaveText(
			new RegExp(`^${codes.length} of \\d+ actions$`)
		);
		// the filters survive in the form
		await expect(page.getByLabel('Aim', { exact: true })).toHaveValue(/\d+/);
	});

	test('an admin uploads a broken JSON file and sees its row errors', async ({ page }) => {
		await loginWithoutJs(page, 'admin@nap.test');
		await page.goto('/admin/plans');
		const rows = [
			{ 'No.': '4.1.99', Action: 'Test', 'Executing bodies': 'MIA; Nobody', Period: '2020' }
		];
		await page.getByLabel(/File|Fayl/).setInputFiles({
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(rows))
		});
		// the target is always the admin's choice: the form never preselects a live plan
		await expect(page.locator('#import-target')).toHaveValue('new');
		const live = await page
			.locator('#import-target option', { hasText: '4NAP-CT' })
			.getAttribute('value');
		await page.locator('#import-target').selectOption(live!);
		await page.getByLabel(/Check only|Yalnız yoxla/).check();
		await page.getByRole('button', { name: /^(Import|İdxal et)$/ }).click();
		await expect(page.locator('table.import-errors tbody tr')).toHaveCount(1);
		await expect(page.locator('table.import-errors')).toContainText(/“Nobody”/);
		await expect(page.locator('table.import-errors td').first()).toHaveText('2');
	});
});

test('an admin imports a valid file, then a broken one that changes nothing', async ({ page }) => {
	await login(page, 'admin@nap.test');
	await page.goto('/admin/plans');
	await setLanguage(page, 'en');
	const code = `E2E-${Date.now()}`;
	// the shipped example, moved to 2015–2019 so that this older plan never becomes the default
	// plan that later tests (sharing this database) see in the plan browser
	const example = readFileSync('src/lib/server/plan-import/example-plan.csv', 'utf8').replace(
		/202(\d)/g,
		'201$1'
	);
	await page
		.getByLabel('File (.csv, .xlsx or .json)')
		.setInputFiles({ name: 'example.csv', mimeType: 'text/csv', buffer: Buffer.from(example) });
	await page.getByLabel('Import into').selectOption('new');
	await page.locator('#import-code').fill(code);
	await page.locator('#import-titleEn').fill('Example plan from the browser test');
	await page.locator('#import-startYear').fill('2015');
	await page.locator('#import-endYear').fill('2019');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status')).toContainText(
		`Imported into ${code}: 5 actions added, 0 changed, 0 unchanged.`
	);
	await page.getByRole('link', { name: 'View in the plan browser' }).click();
	await expect(page.getByTestId('plan-count')).toHaveText('5 of 5 actions');
	await expect(page.locator('tr[data-code="1.1.1"]')).toContainText(
		'Analysing anti-trafficking legislation'
	);
	const planUrl = page.url();

	// a broken file for the same plan: every kind of bad row, plus a change that must not land
	await gotoReady(page, '/admin/plans');
	const broken = [
		'No.,Action (az),Action (en),Executing bodies,Period',
		'1.1.1,Dəyişdirilmiş mətn,CHANGED TEXT,MOJ,2015',
		'1.1.9,x,y,Ministry of Magic,2015',
		'1.1.x,x,y,MIA,2015',
		'1.9.1,x,y,MIA,2015',
		'1.1.8,x,y,MIA,2021',
		'1.1.7,x,y,MIA,2018-2016',
		'1.1.9,x,y,MIA,2015',
		'1.1.6,,,MIA,2015'
	].join('\n');
	await page
		.getByLabel('File (.csv, .xlsx or .json)')
		.setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
	const value = await page
		.locator('#import-target option', { hasText: code })
		.getAttribute('value');
	await page.getByLabel('Import into').selectOption(value!);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText('7 problems found. Nothing was saved.');
	const errors = page.locator('table.import-errors tbody tr');
	await expect(errors).toHaveCount(7);
	await expect(errors.nth(0)).toContainText('3');
	await expect(errors.nth(0)).toContainText('Unknown institution “Ministry of Magic”');
	await expect(page.locator('table.import-errors')).toContainText('“1.1.x” is not a valid number');
	await expect(page.locator('table.import-errors')).toContainText(
		'section 1.9, which is neither in the file nor in the plan'
	);
	await expect(page.locator('table.import-errors')).toContainText(
		'outside the plan’s years 2015–2019'
	);
	await expect(page.locator('table.import-errors')).toContainText(
		'ends (2016) before it starts (2018)'
	);
	await expect(page.locator('table.import-errors')).toContainText(
		'Number 1.1.9 is already used in row 3'
	);
	await expect(page.locator('table.import-errors')).toContainText(
		'Action 1.1.6 has no text in either language'
	);
	// the upload is shown back, rows with problems marked
	await expect(page.locator('table.uploaded tbody tr')).toHaveCount(8);
	await expect(page.locator('table.uploaded tbody tr.bad')).toHaveCount(7);
	await expect(page.locator('table.uploaded')).toContainText('CHANGED TEXT');

	await page.goto(planUrl);
	await expect(page.getByTestId('plan-count')).toHaveText('5 of 5 actions');
	await expect(page.locator('tr[data-code="1.1.1"]')).toContainText(
		'Analysing anti-trafficking legislation'
	);
	await expect(page.getByText('CHANGED TEXT')).toHaveCount(0);
});

test('an admin edits an action and adds an indicator, shown on the action page', async ({
	page
}) => {
	await login(page, 'admin@nap.test');
	await page.goto('/admin/plans');
	await setLanguage(page, 'en');
	// a plan of its own (2005–2009, from the shipped example) so that demo actions stay as seeded
	const code = `E2E-A-${Date.now()}`;
	const example = readFileSync('src/lib/server/plan-import/example-plan.csv', 'utf8').replace(
		/202(\d)/g,
		'200$1'
	);
	await page
		.getByLabel('File (.csv, .xlsx or .json)')
		.setInputFiles({ name: 'example.csv', mimeType: 'text/csv', buffer: Buffer.from(example) });
	await page.getByLabel('Import into').selectOption('new');
	await page.locator('#import-code').fill(code);
	await page.locator('#import-titleAz').fill('Redaktə sınağı');
	await page.locator('#import-startYear').fill('2005');
	await page.locator('#import-endYear').fill('2009');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await page.getByRole('link', { name: 'View in the plan browser' }).click();
	await page.getByRole('link', { name: '1.1.1', exact: true }).click();
	await page.getByRole('link', { name: 'Edit this action' }).click();
	await expect(page).toHaveURL(/\/admin\/plans\/\d+\/actions\/\d+/);
	await hydrated(page);

	await page.getByLabel('Text (English)').fill('Analysing the legislation (edited)');
	await page.getByLabel('First year').fill('2008');
	await page.getByLabel('Last year').fill('2006');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('The last year is before the first.')).toBeVisible();
	await expect(page.getByLabel('Text (English)')).toHaveValue('Analysing the legislation (edited)');
	await hydrated(page);
	await page.getByLabel('First year').fill('2005');
	await page.getByLabel('Last year').fill('2007');
	await page.getByLabel("Prosecutor General's Office").selectOption('lead');
	await page.getByLabel('Ministry of Justice').selectOption('co');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Action 1\.1\.1/);
	await expect(page.locator('section[lang="en"]')).toContainText(
		'Analysing the legislation (edited)'
	);
	await expect(page.locator('.facts')).toContainText('2005–2007');
	await expect(page.locator('.facts')).toContainText("Prosecutor General's Office — lead");

	await page.getByRole('link', { name: 'Edit this action' }).click();
	await expect(page).toHaveURL(/\/admin\/plans\/\d+\/actions\/\d+/);
	await hydrated(page);
	await page.locator('#ind0-nameEn').fill('Proposals submitted');
	await page.locator('#ind0-target').fill('many');
	await page.getByRole('button', { name: 'Add an indicator' }).click();
	await expect(page.getByText('Enter a number.')).toBeVisible();
	await expect(page.locator('#ind0-nameEn')).toHaveValue('Proposals submitted');
	await hydrated(page);
	await page.locator('#ind0-target').fill('3');
	await page.getByRole('button', { name: 'Add an indicator' }).click();
	await expect(page.getByRole('status')).toContainText('Saved.');
	await page.getByRole('link', { name: 'Action 1.1.1' }).click();
	const ind = page.getByRole('row', { name: /Proposals submitted/ });
	await expect(ind).toContainText('3');
	await expect(ind.locator('.badge.warn')).toHaveCount(0);
	// the indicator has no Azerbaijani name: in Azerbaijani it is shown as a missing translation
	await setLanguage(page, 'az');
	await expect(
		page.getByRole('row', { name: /Proposals submitted/ }).locator('.badge.warn')
	).toHaveText('tərcümə yoxdur');
	await setLanguage(page, 'en');
});

test('an admin creates a plan, generates its periods, edits a due date and closes a period', async ({
	page
}) => {
	await login(page, 'admin@nap.test');
	await page.goto('/admin/plans');
	await setLanguage(page, 'en');
	// a plan of its own (old years, no actions), so that the demo plan's periods stay as seeded
	const code = `E2E-P-${Date.now()}`;
	await page.locator('#create-code').fill(code);
	await page.locator('#create-titleAz').fill('Sınaq planı');
	await page.locator('#create-startYear').fill('2010');
	await page.locator('#create-endYear').fill('2011');
	await page.getByRole('button', { name: 'Create an empty plan' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
	await page.getByRole('link', { name: 'Reporting periods' }).click();
	await expect(page.getByText('This plan has no periods yet.')).toBeVisible();
	await hydrated(page);
	await page.getByLabel('Kind').selectOption('year');
	await page.getByLabel('For', { exact: true }).selectOption('statistics');
	await page.getByLabel('Due date: days after the end of each period').fill('30');
	await page.getByRole('button', { name: 'Generate' }).click();
	await expect(page.getByRole('status').first()).toContainText(
		'2 periods created; 0 existed already.'
	);
	await hydrated(page);
	const row = page.locator('tr[data-period="2011"]');
	const due = row.getByLabel('Due date for 2011');
	await expect(due).toHaveValue('2012-01-30');
	await due.fill('2011-12-01');
	await row.getByRole('button', { name: 'Save due date' }).click();
	await expect(row).toContainText('The due date cannot be before the period ends.');
	await hydrated(page);
	await due.fill('2012-02-10');
	await row.getByRole('button', { name: 'Save due date' }).click();
	await expect(due).toHaveValue('2012-02-10');
	await row.getByRole('button', { name: 'Close' }).click();
	await expect(row).toContainText('closed');
	await expect(row.getByRole('button', { name: 'Open' })).toBeVisible();
});

for (const email of ['mia@nap.test', 'ngo@nap.test', 'donor@nap.test', 'reviewer@nap.test']) {
	test(`${email} gets 403 on the plan and period administration`, async ({ page }) => {
		await login(page, email);
		for (const path of [
			'/admin/plans',
			'/admin/periods',
			'/admin/plans/1',
			'/admin/plans/template.xlsx',
			'/admin/plans/example.csv'
		]) {
			const res = await page.request.get(path);
			expect(res.status(), path).toBe(403);
		}
		// a forged form post is refused on the server too
		const res = await page.request.post('/admin/periods?/setStatus', {
			form: { periodId: '1', status: 'open' },
			headers: { origin: new URL(page.url()).origin }
		});
		expect(res.status()).toBe(403);
	});
}
