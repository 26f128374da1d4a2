// Helpers for browser tests that create real accounts through the admin's invitation flow.
import { expect, type Browser, type Page } from '@playwright/test';
import { generateHOTP } from '@oslojs/otp';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { gotoReady, login } from './helpers';

let seq = 0;
/** An email no other test (or earlier run against the same database) has used. */
export function uniqueEmail(prefix: string): string {
	return `${prefix}-${Date.now().toString(36)}-${++seq}@e2e.test`;
}

/** As a signed-in admin, invites a user and returns the one-time link shown on the page. */
export async function invite(
	admin: Page,
	o: {
		email: string;
		name: string;
		role: 'admin' | 'reviewer' | 'focal_point' | 'donor';
		institution?: string;
	}
): Promise<string> {
	await gotoReady(admin, '/admin/users/new');
	await admin.getByLabel(/^(Email|E-poçt)$/).fill(o.email);
	await admin.getByLabel(/^(Name|Ad)$/).fill(o.name);
	await admin.getByLabel(/^(Role|Rol)$/).selectOption(o.role);
	if (o.institution)
		await admin.getByLabel(/^(Institution|Qurum)$/).selectOption({ label: o.institution });
	await admin.getByLabel(/^(Language|Dil)$/).selectOption('en');
	await admin.getByRole('button', { name: /Create invitation|Dəvət yarat/ }).click();
	const link = admin.locator('#one-time-link');
	await expect(link).toBeVisible();
	return link.inputValue();
}

/** Opens the link in `page` (a fresh context) and sets the password. */
export async function acceptInvite(page: Page, link: string, password: string) {
	await gotoReady(page, link);
	await page.getByLabel(/^(New password|Yeni şifrə)$/).fill(password);
	await page.getByLabel(/Repeat the new password|Yeni şifrəni təkrarlayın/).fill(password);
	await page.getByRole('button', { name: /Set password|Şifrəni təyin et/ }).click();
	await expect(page).toHaveURL(/\/login\?set=1/);
}

/** Invites a user as the admin and signs them in, in a context of their own. */
export async function newSignedInUser(
	browser: Browser,
	admin: Page,
	o: { prefix: string; role: 'focal_point' | 'donor'; institution?: string }
) {
	const email = uniqueEmail(o.prefix);
	const password = 'first password 123';
	const link = await invite(admin, {
		email,
		name: `E2E ${o.prefix}`,
		role: o.role,
		institution: o.institution
	});
	const context = await browser.newContext();
	const page = await context.newPage();
	await acceptInvite(page, link, password);
	await login(page, email, password);
	return { email, password, context, page };
}

export const currentStep = () => Math.floor(Date.now() / 30_000);

/**
 * The code of a 30-second step (the current one by default). The server takes a code one step
 * either side of its clock and never a step at or before the last one accepted, so a test that
 * needs a second code asks for a later step instead of waiting for the clock.
 */
export function totpFromSecret(secretText: string, step = currentStep()): string {
	const key = decodeBase32IgnorePadding(secretText.replace(/\s+/g, ''));
	return generateHOTP(key, BigInt(step), 6);
}
