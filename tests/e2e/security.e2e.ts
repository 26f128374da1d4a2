import { expect, test } from '@playwright/test';
import { gotoReady, login } from './helpers';

test('failed sign-ins and refused pages appear as security events for reviewers', async ({
	browser
}) => {
	const fp = await browser.newPage();
	await gotoReady(fp, '/login');
	await fp.getByLabel(/Email|E-poçt/).fill('nobody-here@nap.test');
	await fp.getByLabel(/Password|Şifrə/).fill('a guessed password');
	await fp.getByRole('button', { name: /Sign in|Daxil ol/ }).click();
	await expect(fp.getByRole('alert')).toContainText(/not correct|düzgün deyil/);
	await login(fp, 'pgo@nap.test');
	const refused = await fp.goto('/audit');
	expect(refused?.status()).toBe(403);

	const rev = await browser.newPage();
	await login(rev, 'reviewer@nap.test');
	await gotoReady(rev, '/review');
	await rev.getByRole('link', { name: /Security events|Təhlükəsizlik hadisələri/ }).click();
	await expect(rev).toHaveURL(/\/security-events/);
	const failed = rev.getByRole('row').filter({ hasText: 'nobody-here@nap.test' });
	await expect(failed).toContainText(/Sign-in failed|Uğursuz daxil olma/);
	await expect(failed).toContainText('127.0.0.1');
	const denied = rev.getByRole('row').filter({ hasText: 'GET /audit' });
	await expect(denied.first()).toContainText('pgo@nap.test');
	await expect(denied.first()).toContainText(/Access refused|Giriş rədd edildi/);
	// filter by event
	await rev.getByLabel(/^(Event|Hadisə)$/).selectOption('sign_in');
	await rev.getByRole('button', { name: /Filter|Süzgəc/ }).click();
	await expect(rev).toHaveURL(/operation=sign_in/);
	await expect(rev.getByRole('row').filter({ hasText: 'reviewer@nap.test' }).first()).toBeVisible();
	await expect(rev.getByRole('row').filter({ hasText: 'nobody-here@nap.test' })).toHaveCount(0);

	// focal points cannot read them
	const res = await fp.goto('/security-events');
	expect(res?.status()).toBe(403);
});

test('a common password is refused with a message in the user’s language', async ({ page }) => {
	await login(page, 'mia@nap.test');
	await gotoReady(page, '/account');
	await page.getByLabel(/^(Current password|Cari şifrə)$/).fill('demo-password');
	await page.getByLabel(/^(New password|Yeni şifrə)$/).fill('Password1!');
	await page.getByLabel(/Repeat the new password|Yeni şifrəni təkrarlayın/).fill('Password1!');
	await page.getByRole('button', { name: /Change password|Şifrəni dəyiş/ }).click();
	await expect(page.getByText(/among the most common|ən çox istifadə olunan/)).toBeVisible();
	await page.getByLabel(/^(New password|Yeni şifrə)$/).fill('NapTracker2026!');
	await page.getByLabel(/Repeat the new password|Yeni şifrəni təkrarlayın/).fill('NapTracker2026!');
	await page.getByRole('button', { name: /Change password|Şifrəni dəyiş/ }).click();
	await expect(page.getByText(/name of this service|xidmətin adından/)).toBeVisible();
});
