// Issue 9 item 4 in a real browser: an admin creates a metric, publishes it in a table of the
// results page, and it is there for a reviewer on /results and for a donor on /donor, with its
// unit — no code change. (Figures and their protection: tests/unit/dashboards/published-metrics.)
import { expect, test } from '@playwright/test';
import { gotoReady, hydrated, login, setLanguage } from './helpers';

const TITLE = 'Shelter guests (e2e), by sex (persons)';

test('an admin publishes a new metric; reviewers see it on /results, donors on /donor', async ({
	page
}) => {
	await login(page, 'admin@nap.test');
	await setLanguage(page, 'en');
	await gotoReady(page, '/admin/metrics');
	const create = page.locator('form[action="?/createMetric"]');
	await create.getByLabel('Code').fill('e2e_shelter_guests');
	await create.getByLabel('Name (Azerbaijani)').fill('Sığınacaq qonaqları (e2e)');
	await create.getByLabel('Name (English)').fill('Shelter guests (e2e)');
	await create.getByLabel('Unit').selectOption('persons');
	await create.getByRole('button', { name: 'Create' }).click();
	await expect(page.getByRole('status')).toContainText('Created.');
	await hydrated(page);
	await page.getByLabel('Sex: Use').selectOption('optional');
	await page.getByRole('checkbox', { name: 'Assistance Center for Victims' }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Saved.');

	const section = page.getByRole('region', { name: 'Results page and donor view' });
	await expect(section).toContainText('Not published');
	const add = section.locator('form').last();
	await add.getByLabel('Rows').selectOption({ label: 'Sex' });
	await add.getByLabel('Aim', { exact: true }).selectOption('3');
	// a title in one language only is refused, and what was typed stays
	await add.getByLabel('Title in Azerbaijani (optional)').fill('Qonaqlar');
	await add.getByRole('button', { name: 'Publish' }).click();
	await expect(add.getByText('Give the title in both languages, or in neither.')).toBeVisible();
	await expect(add.getByLabel('Title in Azerbaijani (optional)')).toHaveValue('Qonaqlar');
	await add.getByLabel('Title in Azerbaijani (optional)').fill('');
	await add.getByRole('button', { name: 'Publish' }).click();
	await expect(section.getByRole('status')).toContainText('Saved.');
	await expect(
		section.getByRole('heading', { name: 'Table e2e_shelter_guests_sex' })
	).toBeVisible();
	await page.context().clearCookies();

	await login(page, 'reviewer@nap.test');
	await setLanguage(page, 'en');
	await page.goto('/results?from=2020&to=2021');
	await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
	await page.goto('/results?from=2020&to=2021&aim=2');
	await expect(page.getByRole('heading', { name: TITLE })).toHaveCount(0);
	await page.context().clearCookies();

	await login(page, 'donor@nap.test');
	await setLanguage(page, 'en');
	await page.goto('/donor?from=2020&to=2021');
	await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
	// the national report's figures that had no place before are there too, with their units
	await expect(page.getByRole('heading', { name: 'Persons assisted (persons)' })).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Financial assistance and grants (AZN)' })
	).toBeVisible();
});
