import { expect, test } from '@playwright/test';
import { focalPointWalk, PHONE } from './phone-walk';

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
