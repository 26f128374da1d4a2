// A plan's lifecycle as an admin and the others see it: an imported plan is a draft nobody else
// sees, the import target never moves by itself, writing into a plan with reports needs a yes.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, login, setLanguage } from './helpers';

/** Years 2025–2029 contain today: under "the newest plan is the default" it would take over. */
const example = readFileSync('src/lib/server/plan-import/example-plan.csv');

async function openPlans(page: Page) {
	await login(page, 'admin@nap.test');
	await page.goto('/admin/plans');
	await setLanguage(page, 'en');
}

const planRow = (page: Page, code: string) =>
	page.locator('ul.plans > li').filter({ has: page.getByRole('link', { name: new RegExp(code) }) });

async function planShownTo(page: Page, email: string) {
	await login(page, email);
	await page.goto('/plan');
	return page.locator('.plan-name').innerText();
}

test('an imported plan stays a draft nobody else sees until it is published and made current', async ({
	page,
	browser
}) => {
	await openPlans(page);
	const code = `E2E-L-${Date.now()}`;
	const target = page.getByTestId('import-target-line');
	await expect(page.getByLabel('Import into')).toHaveValue('new');
	await expect(target).toHaveText('Will import into: a new draft plan');
	await page.getByLabel('Check only: show what would change, save nothing').check();
	await expect(target).toHaveText('Will check against: a new plan (nothing is saved)');
	await page
		.getByLabel('File (.csv, .xlsx or .json)')
		.setInputFiles({ name: 'example.csv', mimeType: 'text/csv', buffer: example });
	await page.locator('#import-code').fill(code);
	await page.locator('#import-titleEn').fill('Lifecycle plan');
	await page.locator('#import-startYear').fill('2025');
	await page.locator('#import-endYear').fill('2029');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'passed every check' })).toBeVisible();
	// a failed real import next: the target must stay "a new plan", never switch to a live plan
	await page.getByLabel('Check only: show what would change, save nothing').uncheck();
	await page.getByLabel('File (.csv, .xlsx or .json)').setInputFiles({
		name: 'broken.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('No.,Action (en),Executing bodies,Period\n1.1.1,x,Nobody,2025\n')
	});
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toBeVisible();
	await expect(page.getByLabel('Import into')).toHaveValue('new');
	await expect(target).toHaveText('Will import into: a new draft plan');

	await page
		.getByLabel('File (.csv, .xlsx or .json)')
		.setInputFiles({ name: 'example.csv', mimeType: 'text/csv', buffer: example });
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: `Imported into ${code}` })).toBeVisible();
	await expect(page.getByLabel('Import into')).toHaveValue('new');
	await expect(planRow(page, code)).toContainText('Draft');

	// everyone else still opens on the live plan and cannot even ask for the draft
	const other = await browser.newPage();
	expect(await planShownTo(other, 'reviewer@nap.test')).toContain('2020–2024');
	const draftId = (await planRow(page, code).getByRole('link').first().getAttribute('href'))!
		.split('/')
		.at(-1);
	await other.goto(`/plan?plan=${draftId}`);
	await expect(other.locator('.plan-name')).toContainText('2020–2024');

	// published: visible to choose, but the current plan still opens first
	await planRow(page, code).getByRole('button', { name: 'Publish' }).click();
	await expect(page.getByRole('status').filter({ hasText: `${code} is published.` })).toBeVisible();
	await other.goto('/plan');
	await expect(other.locator('.plan-name')).toContainText('2020–2024');

	// made current: now it is everyone's default; then the decree's plan is made current again
	await planRow(page, code).getByRole('button', { name: 'Make current' }).click();
	await expect(planRow(page, code)).toContainText('Current plan');
	await other.goto('/plan');
	await expect(other.locator('.plan-name')).toContainText('2025–2029');
	await planRow(page, '4NAP-CT').getByRole('button', { name: 'Make current' }).click();
	await expect(planRow(page, '4NAP-CT')).toContainText('Current plan');
	await other.goto('/plan');
	await expect(other.locator('.plan-name')).toContainText('2020–2024');

	await planRow(page, code).getByRole('button', { name: 'Archive' }).click();
	await expect(planRow(page, code)).toContainText('Archived');
	await other.close();
});

test('writing into a plan with reports needs the confirmation, also without JavaScript', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/login');
	await page.getByLabel(/Email|E-poçt/).fill('admin@nap.test');
	await page.getByLabel(/Password|Şifrə/).fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: /Sign in|Daxil ol/ }).click();
	await expect(page).not.toHaveURL(/\/login/);
	await page.goto('/admin/plans');
	const file = {
		name: 'one.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			'No.,Action (en),Executing bodies,Period\n4.1.98,Confirmation test action,MIA,2021\n'
		)
	};
	const value = await page
		.locator('#import-target option', { hasText: '4NAP-CT' })
		.getAttribute('value');
	await page.getByLabel(/File|Fayl/).setInputFiles(file);
	await page.locator('#import-target').selectOption(value!);
	await page.locator('form[action="?/import"] button.primary').click();
	// the server asks; nothing was written
	await expect(page.locator('#confirm-target-error')).toBeVisible();
	await expect(page.locator('input[name="confirmTarget"]')).toBeVisible();
	await page.goto('/plan?q=4.1.98');
	await expect(page.locator('table.actions tbody tr')).toHaveCount(0);
	await context.close();
});

test('a draft plan with no reports can be deleted, after ticking the confirmation', async ({
	page
}) => {
	await openPlans(page);
	const code = `E2E-D-${Date.now()}`;
	await page.locator('#create-code').fill(code);
	await page.locator('#create-titleEn').fill('Plan to delete');
	await page.locator('#create-startYear').fill('2001');
	await page.locator('#create-endYear').fill('2002');
	await page.getByRole('button', { name: 'Create an empty plan' }).click();
	await page.goto('/admin/plans');
	const row = planRow(page, code);
	await expect(row).toContainText('Draft');
	// the live plan offers no delete at all
	await expect(planRow(page, '4NAP-CT').getByRole('button', { name: 'Delete' })).toHaveCount(0);
	await row.getByRole('checkbox').check();
	await row.getByRole('button', { name: 'Delete' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'draft plan was deleted' })
	).toBeVisible();
	await expect(planRow(page, code)).toHaveCount(0);
});
