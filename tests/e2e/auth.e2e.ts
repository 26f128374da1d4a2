import { expect, test } from '@playwright/test';
import { gotoReady, login } from './helpers';

test('signed-out visitors are sent to the login page', async ({ page }) => {
	await page.goto('/plan');
	await expect(page).toHaveURL(/\/login\?next=%2Fplan/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a wrong password is refused with a message and the email kept', async ({ page }) => {
	await gotoReady(page, '/login');
	await page.getByLabel(/Email|E-poçt/).fill('mia@nap.test');
	await page.getByLabel(/Password|Şifrə/).fill('not-the-password');
	await page.getByRole('button', { name: /Sign in|Daxil ol/ }).click();
	await expect(page.getByRole('alert')).toContainText(/not correct|düzgün deyil/);
	await expect(page.getByLabel(/Email|E-poçt/)).toHaveValue('mia@nap.test');
});

test('the session cookie is HttpOnly and SameSite=Lax, and sign-out ends it', async ({
	page,
	context
}) => {
	await login(page, 'mia@nap.test');
	const cookie = (await context.cookies()).find((c) => c.name === 'nap-session');
	expect(cookie?.httpOnly).toBe(true);
	expect(cookie?.sameSite).toBe('Lax');
	await page.getByRole('button', { name: /Sign out|Çıxış/ }).click();
	await expect(page).toHaveURL(/\/login/);
	await page.goto('/plan');
	await expect(page).toHaveURL(/\/login/);
});

test('the language switch changes the interface and is remembered', async ({ page }) => {
	await page.goto('/login');
	await page.getByRole('button', { name: 'AZ', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Daxil ol');
	await page.getByRole('button', { name: 'EN', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
});
