import { expect, test } from '@playwright/test';
import { hydrated, login } from './helpers';
import { focalPointWalk, PHONE, SUBMITTED } from './phone-walk';

// Issue 11's "done when", as a focal point outside Baku would try it: on a phone (390×844, touch),
// sign in, see what is due, open a report, fill it in and submit. Every page on the way fits the
// screen with its button in reach, and the submit really lands. (Its timing under mobile
// throttling is printed by `npm run bench`, not asserted here.)
test.use({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });

test('a focal point on a 390 px phone signs in, sees what is due, opens a report and submits it', async ({
	page
}) => {
	const walk = await focalPointWalk(page);
	expect(walk.steps.map((s) => s.name)).toEqual([
		'open the sign-in page',
		'sign in: see what is due',
		'open a report (start it)',
		'submit',
		'back to what is due'
	]);
	for (const s of walk.steps) {
		expect(s.fit.width, s.name).toBe(PHONE.width);
		expect(s.fit.scrollWidth, `${s.name}: ${s.fit.culprits.join(', ')}`).toBeLessThanOrEqual(
			s.fit.width
		);
		expect(s.fit.controlInside, `${s.name}: its button is off-screen`).toBe(true);
	}
	expect(walk.steps[1].path).toBe('/my-actions');
	expect(walk.steps[2].path).toBe(`/reports/${walk.reportId}`);

	// the submit landed: the report is submitted, on its page and in the list of what is due
	const row = page.locator(`tr[data-action="${walk.actionCode}"]`);
	await expect(row.locator('[data-state]')).toHaveAttribute('data-state', 'submitted');
	await expect(row.getByRole('link', { name: /^(Open|Aç)/ })).toHaveAttribute(
		'href',
		`/reports/${walk.reportId}`
	);
	await page.goto(`/reports/${walk.reportId}`);
	await expect(page.locator('[data-state="submitted"]').first()).toBeVisible();
	await expect(
		page.getByText('2 awareness meetings held in Baku and Sumgait, 46 participants.')
	).toBeVisible();
	await expect(
		page.getByRole('button', { name: /^(Submit for review|Baxışa təqdim et)$/ })
	).toHaveCount(0);
});

test("a submit tapped while the draft's autosave is still on its way lands, with no conflict with oneself", async ({
	page
}) => {
	await login(page, 'mia@nap.test');
	await page.goto('/my-actions');
	const start = page
		.locator('tr[data-action]')
		.getByRole('button', { name: /^(Start report|Hesabata başla)/ })
		.first();
	await start.click();
	await expect(page).toHaveURL(/\/reports\/\d+$/);
	await hydrated(page);

	// a slow connection, made deterministic: the server saves the draft, its answer is held back
	// until the user has tapped Submit
	let release = () => {};
	const held = new Promise<void>((r) => (release = r));
	const autosaved = new Promise<void>((reached) =>
		page.route(/\?\/autosave$/, async (route) => {
			const response = await route.fetch();
			reached();
			await held;
			await route.fulfill({ response });
		})
	);
	await page.getByLabel(/^(Implementation status|İcra vəziyyəti)$/).selectOption('in_progress');
	await page.getByLabel(/^(Percent complete|İcra faizi)$/).fill('25');
	await page
		.getByLabel(/^(What was done — in Azerbaijani|Görülən işlər — azərbaycanca)$/)
		.fill('Gəncədə 1 təlim keçirilib.');
	await autosaved;
	await page.getByRole('button', { name: /^(Submit for review|Baxışa təqdim et)$/ }).click();
	release();
	await expect(page.getByRole('status').filter({ hasText: SUBMITTED })).toBeVisible();
	await expect(page.locator('[data-state="submitted"]').first()).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});
