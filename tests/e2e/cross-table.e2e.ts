// A cross-classification entered in the statistics grid as the MIA focal point would, on a
// 360 px phone without JavaScript: the span report 2020–2021 is listed beside the years; in the
// 2024 report the "Form of exploitation × Country of exploitation" block takes a partial cross
// table; a cell larger than its total is refused, naming it, and nothing is saved.
import { expect, test } from '@playwright/test';
import { login } from './helpers';

test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

test('MIA enters victims by exploitation × country in the grid (no JavaScript, 360 px)', async ({
	page
}) => {
	await login(page, 'mia@nap.test');
	await page.goto('/statistics');
	// the span report is where the years are
	await expect(page.getByRole('rowheader', { name: /2020–2021 \(/ })).toBeVisible();
	await page.getByRole('link', { name: /2024/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('2024');

	const v = (key: string) => page.locator(`input[name="v|victims_identified|${key}"]`);
	await v('').fill('20');
	// the breakdown by form of exploitation is open from the start (a required dimension)
	await v('exploitation=sexual').fill('12');
	const cross = page.locator('#m-victims_identified details', {
		has: page.locator('summary', { hasText: /×/ }).filter({ hasText: /(Country|ölkəsi)/ })
	});
	await cross.locator('summary').click();
	const cell = v('exploitation=sexual;exploited_in=TR');
	await cell.scrollIntoViewIfNeeded();
	await expect(cell).toBeInViewport();
	// the input fits the phone's width
	const box = (await cell.boundingBox())!;
	expect(box.x + box.width).toBeLessThanOrEqual(360);
	await cell.fill('15');
	await page.getByRole('button', { name: /^(Save draft|Qaralamanı saxla)$/ }).click();

	// refused: the cell is named with both figures, and the summary links to it
	const summary = page.getByTestId('error-summary');
	await expect(summary).toContainText(
		/(Sexual exploitation|Cinsi istismar) × .*(Türkiye|Türkiyə).* \(15\) .*\(12\)/
	);
	await expect(cell).toHaveValue('15'); // what was typed is kept for correcting
	await expect(cell).toHaveAttribute('aria-invalid', 'true');
	// nothing was written: the report does not exist yet
	await page.goto(page.url());
	await expect(v('')).toHaveValue('');

	// a partial cross table is fine
	await v('').fill('20');
	await v('exploitation=sexual').fill('12');
	await cross.locator('summary').click();
	await cell.fill('9');
	await page.getByRole('button', { name: /^(Save draft|Qaralamanı saxla)$/ }).click();
	await expect(page.getByRole('status')).toBeVisible();
	await expect(cell).toHaveValue('9');
	await expect(v('exploitation=sexual')).toHaveValue('12');
});
