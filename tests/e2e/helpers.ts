import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-password';

/**
 * Whether page scripts run here (they do not in the no-JavaScript contexts): SvelteKit's inline
 * start-up script, which carries the CSP nonce, has defined its global by the load event. (A
 * script injected by the test would be blocked by the Content-Security-Policy.)
 */
async function scriptsRun(page: Page): Promise<boolean> {
	// before the load event the start-up script may not have run yet (a slow, loaded machine):
	// asking then would take a hydrating page for one without JavaScript and not wait at all
	await page.waitForLoadState('load');
	return page.evaluate(() => Object.keys(window).some((k) => k.startsWith('__sveltekit_')));
}

/**
 * Waits until the page is hydrated. Typing before that is undone: hydrating `value={''}` sets the
 * input back to ''. A form without use:enhance reloads the page, so wait again after submitting.
 */
export async function hydrated(page: Page) {
	if (!(await scriptsRun(page))) return;
	await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
}

/** Navigates and waits for hydration, before filling in a form. */
export async function gotoReady(page: Page, path: string) {
	const response = await page.goto(path);
	await hydrated(page);
	return response;
}

/** Signs in through the real form and waits for the role's home page. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
	await gotoReady(page, '/login');
	await page.getByLabel(/Email|E-poçt/).fill(email);
	await page.getByLabel(/Password|Şifrə/).fill(password);
	await page.getByRole('button', { name: /Sign in|Daxil ol/ }).click();
	await expect(page).not.toHaveURL(/\/login/);
}

/** Switches the interface language with the header's buttons (a form post: the page reloads). */
export async function setLanguage(page: Page, locale: 'az' | 'en') {
	await page.getByRole('button', { name: locale.toUpperCase(), exact: true }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
	await hydrated(page);
}
