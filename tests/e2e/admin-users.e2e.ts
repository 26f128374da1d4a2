import { expect, test } from '@playwright/test';
import { gotoReady, hydrated, login } from './helpers';
import {
	acceptInvite,
	currentStep,
	invite,
	newSignedInUser,
	totpFromSecret,
	uniqueEmail
} from './account-helpers';

test('an invited reviewer sets a password, must enrol TOTP, then signs in with a code', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	await login(page, 'admin@nap.test');
	const email = uniqueEmail('reviewer');
	const link = await invite(page, { email, name: 'Ramil Reviewer', role: 'reviewer' });
	expect(link).toMatch(/\/invite\/[a-z2-7]{32}$/);

	const context = await browser.newContext();
	const rev = await context.newPage();
	const password = 'reviewer password 42';
	await acceptInvite(rev, link, password);
	// the link works once
	await rev.goto(link);
	await expect(rev.getByRole('alert')).toContainText(/already been used|artıq istifadə olunub/);

	// signing in leads straight to enrolment; no other page is reachable before it
	await login(rev, email, password);
	await expect(rev).toHaveURL(/\/2fa\/setup/);
	await gotoReady(rev, '/plan');
	await expect(rev).toHaveURL(/\/2fa\/setup\?next=%2Fplan/);
	await expect(rev.getByRole('img', { name: /QR/ })).toBeVisible();
	const secret = (await rev.getByTestId('totp-secret').textContent())!;
	await rev.getByLabel(/6-digit code|6 rəqəmli kodu/).fill('000000');
	await rev.getByRole('button', { name: /Turn on|Aktivləşdir/ }).click();
	await expect(rev.getByRole('alert')).toContainText(/not correct|düzgün deyil/);
	// the same key is kept after a mistake, so the app need not scan again
	await expect(rev.getByTestId('totp-secret')).toHaveText(secret);
	const enrolStep = currentStep();
	await rev.getByLabel(/6-digit code|6 rəqəmli kodu/).fill(totpFromSecret(secret, enrolStep));
	await rev.getByRole('button', { name: /Turn on|Aktivləşdir/ }).click();
	const codes = rev.getByTestId('recovery-codes').locator('li');
	await expect(codes).toHaveCount(10);
	const recovery = (await codes.first().textContent())!.trim();
	await rev.getByRole('link', { name: /Continue|Davam et/ }).click();
	await expect(rev).toHaveURL(/\/plan/);

	// sign out and back in with a code from a later 30-second step (a used code is refused)
	await rev.getByRole('button', { name: /Sign out|Çıxış/ }).click();
	await login(rev, email, password);
	await expect(rev).toHaveURL(/\/2fa\?/);
	// the enrolment's step is spent: the next one is within the server's one-step drift window
	const step = Math.max(currentStep(), enrolStep + 1);
	await rev.getByLabel(/^(Code|Kod)$/).fill(totpFromSecret(secret, step));
	await rev.getByRole('button', { name: /Verify|Təsdiqlə/ }).click();
	await expect(rev).not.toHaveURL(/\/2fa/);
	await rev.goto('/account');
	await expect(rev.getByText(/9 unused recovery codes|10 unused recovery codes/)).toBeVisible();

	// a recovery code works once
	await rev.getByRole('button', { name: /Sign out|Çıxış/ }).click();
	await login(rev, email, password);
	await rev.getByLabel(/^(Code|Kod)$/).fill(recovery);
	await rev.getByRole('button', { name: /Verify|Təsdiqlə/ }).click();
	await expect(rev).not.toHaveURL(/\/2fa/);
	await rev.goto('/account');
	await expect(rev.getByText(/9 unused recovery codes/)).toBeVisible();
	await context.close();
});

test('a disabled user is signed out and cannot sign in again', async ({ page, browser }) => {
	await login(page, 'admin@nap.test');
	const donor = await newSignedInUser(browser, page, { prefix: 'disabled', role: 'donor' });
	await page.goto('/admin/users?q=' + encodeURIComponent(donor.email));
	await page.getByRole('link', { name: 'E2E disabled' }).click();
	await page.getByRole('button', { name: /Disable account|Hesabı blokla/ }).click();
	await expect(page.getByText(/^disabled$|^bloklanıb$/).first()).toBeVisible();

	await gotoReady(donor.page, '/plan');
	await expect(donor.page).toHaveURL(/\/login/);
	await donor.page.getByLabel(/Email|E-poçt/).fill(donor.email);
	await donor.page.getByLabel(/Password|Şifrə/).fill(donor.password);
	await donor.page.getByRole('button', { name: /Sign in|Daxil ol/ }).click();
	await expect(donor.page.getByRole('alert')).toContainText(/not correct|düzgün deyil/);
	await donor.context.close();
});

test('changing the password ends the session in another browser but not this one', async ({
	page,
	browser
}) => {
	await login(page, 'admin@nap.test');
	const a = await newSignedInUser(browser, page, {
		prefix: 'pwchange',
		role: 'focal_point',
		institution: 'Ministry of Internal Affairs (MIA)'
	});
	const otherContext = await browser.newContext();
	const b = await otherContext.newPage();
	await login(b, a.email, a.password);

	await gotoReady(a.page, '/account');
	await a.page.getByLabel(/^(Current password|Cari şifrə)$/).fill('wrong password here');
	await a.page.getByLabel(/^(New password|Yeni şifrə)$/).fill('second password 456');
	await a.page
		.getByLabel(/Repeat the new password|Yeni şifrəni təkrarlayın/)
		.fill('second password 456');
	await a.page.getByRole('button', { name: /Change password|Şifrəni dəyiş/ }).click();
	await expect(a.page.getByRole('alert')).toContainText(
		/current password is not correct|Cari şifrə düzgün deyil/
	);
	await b.goto('/account');
	await expect(b).toHaveURL(/\/account/);

	await hydrated(a.page);
	await a.page.getByLabel(/^(Current password|Cari şifrə)$/).fill(a.password);
	await a.page.getByLabel(/^(New password|Yeni şifrə)$/).fill('second password 456');
	await a.page
		.getByLabel(/Repeat the new password|Yeni şifrəni təkrarlayın/)
		.fill('second password 456');
	await a.page.getByRole('button', { name: /Change password|Şifrəni dəyiş/ }).click();
	await expect(a.page.getByRole('status')).toContainText(/Password changed|Şifrə dəyişdirildi/);

	await b.goto('/account');
	await expect(b).toHaveURL(/\/login/);
	await a.page.goto('/account');
	await expect(a.page).toHaveURL(/\/account/);
	await login(b, a.email, 'second password 456');
	await a.context.close();
	await otherContext.close();
});

test('the invitation form keeps what was typed and explains each error', async ({ page }) => {
	await login(page, 'admin@nap.test');
	await gotoReady(page, '/admin/users/new');
	await page.getByLabel(/^(Email|E-poçt)$/).fill('mia@nap.test');
	await page.getByLabel(/^(Name|Ad)$/).fill('Duplicate Person');
	await page.getByLabel(/^(Role|Rol)$/).selectOption('focal_point');
	await page.getByRole('button', { name: /Create invitation|Dəvət yarat/ }).click();
	await expect(
		page.getByText(
			/A focal point must belong to an institution|Məsul şəxs bir quruma aid olmalıdır/
		)
	).toBeVisible();
	await expect(page.getByLabel(/^(Name|Ad)$/)).toHaveValue('Duplicate Person');
	await expect(page.getByLabel(/^(Email|E-poçt)$/)).toHaveValue('mia@nap.test');
	await page
		.getByLabel(/^(Institution|Qurum)$/)
		.selectOption({ label: 'Ministry of Internal Affairs (MIA)' });
	await page.getByRole('button', { name: /Create invitation|Dəvət yarat/ }).click();
	await expect(
		page.getByText(/An account with this email already exists|Bu e-poçtla hesab artıq mövcuddur/)
	).toBeVisible();
	await expect(page.getByLabel(/^(Name|Ad)$/)).toHaveValue('Duplicate Person');
	await expect(page.getByLabel(/^(Institution|Qurum)$/)).toHaveValue(/\d+/);
	await expect(page.locator('#one-time-link')).toHaveCount(0);
});

test('institutions: a duplicate code is refused with the input kept; a new one is listed', async ({
	page
}) => {
	await login(page, 'admin@nap.test');
	await gotoReady(page, '/admin/institutions/new');
	const code = `E2E${Date.now().toString(36).toUpperCase()}`;
	await page.getByLabel(/^(Code|Kod)$/).fill('mia');
	await page.getByLabel(/Name in Azerbaijani|Azərbaycanca adı/).fill('Sınaq İdarəsi');
	await page.getByLabel(/Name in English|İngiliscə adı/).fill('Test Office');
	await page.getByLabel(/^(Kind|Növ)$/).selectOption('agency');
	await page.getByRole('button', { name: /Save|Yadda saxla/ }).click();
	await expect(page.getByText(/already has this code|artıq başqa quruma/)).toBeVisible();
	await expect(page.getByLabel(/Name in Azerbaijani|Azərbaycanca adı/)).toHaveValue(
		'Sınaq İdarəsi'
	);
	await page.getByLabel(/^(Code|Kod)$/).fill(code);
	await page.getByRole('button', { name: /Save|Yadda saxla/ }).click();
	await expect(page).toHaveURL(/\/admin\/institutions\?created=/);
	await expect(page.getByRole('link', { name: 'Test Office' })).toBeVisible();
});

for (const email of ['mia@nap.test', 'donor@nap.test', 'reviewer@nap.test']) {
	test(`${email} gets 403 on the admin pages, also for a forged form post`, async ({ page }) => {
		await login(page, email);
		for (const path of [
			'/admin/users',
			'/admin/institutions',
			'/admin/users/new',
			'/admin/users/1'
		]) {
			const res = await page.goto(path);
			expect(res?.status(), path).toBe(403);
		}
		const res = await page.request.post('/admin/users/new?/invite', {
			headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
			form: { email: uniqueEmail('forged'), name: 'Forged', role: 'admin', locale: 'en' }
		});
		expect(res.status()).toBe(403);
	});
}
