import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-password';

/** Signs in through the real form and waits for the role's home page. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
	await page.goto('/login');
	await page.getByLabel(/Email|E-poçt/).fill(email);
	await page.getByLabel(/Password|Şifrə/).fill(password);
	await page.getByRole('button', { name: /Sign in|Daxil ol/ }).click();
	await expect(page).not.toHaveURL(/\/login/);
}

/** Switches the interface language with the header's buttons. */
export async function setLanguage(page: Page, locale: 'az' | 'en') {
	await page.getByRole('button', { name: locale.toUpperCase(), exact: true }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
}
