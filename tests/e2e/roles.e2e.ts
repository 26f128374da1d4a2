// Per-role matrix: each demo user signs in, sees the menu their role should, and gets 403 on
// what it should not. Extend FORBIDDEN / ALLOWED as routes land.
import { expect, test } from '@playwright/test';
import { login } from './helpers';

type Case = { email: string; home: RegExp; nav: string[]; allowed: string[]; forbidden: string[] };

const ADMIN_PAGES = [
	'/admin',
	'/admin/users',
	'/admin/users/new',
	'/admin/institutions',
	'/admin/institutions/new'
];
const FOCAL_NAV = ['/my-actions', '/plan', '/statistics', '/dashboard', '/results'];

const CASES: Case[] = [
	{
		email: 'admin@nap.test',
		home: /\/admin$/,
		nav: [
			'/review',
			'/plan',
			'/statistics',
			'/dashboard',
			'/results',
			'/donor',
			'/reviews',
			'/admin'
		],
		allowed: ['/plan', '/account', ...ADMIN_PAGES],
		forbidden: []
	},
	{
		email: 'reviewer@nap.test',
		home: /\/review$/,
		nav: ['/review', '/plan', '/statistics', '/dashboard', '/results', '/donor', '/reviews'],
		allowed: ['/plan', '/account'],
		forbidden: ADMIN_PAGES
	},
	...['mia', 'pgo', 'vac', 'ngo'].map((who) => ({
		email: `${who}@nap.test`,
		home: /\/my-actions$/,
		nav: FOCAL_NAV,
		allowed: ['/plan', '/account'],
		forbidden: ADMIN_PAGES
	})),
	{
		email: 'donor@nap.test',
		home: /\/donor$/,
		nav: ['/plan', '/donor'],
		allowed: ['/plan', '/account'],
		forbidden: ADMIN_PAGES
	}
];

for (const c of CASES) {
	test(`${c.email}: home, menu, allowed and forbidden pages`, async ({ page }) => {
		await login(page, c.email);
		await expect(page).toHaveURL(c.home);
		const hrefs = await page
			.getByRole('navigation', { name: /Main menu|Əsas menyu/ })
			.getByRole('link')
			.evaluateAll((links) => links.map((l) => l.getAttribute('href')));
		expect(hrefs).toEqual(c.nav);
		for (const path of c.allowed) {
			const res = await page.goto(path);
			expect(res?.status(), path).toBe(200);
		}
		for (const path of c.forbidden) {
			const res = await page.goto(path);
			expect(res?.status(), path).toBe(403);
			await expect(page.getByRole('heading', { level: 1 })).toContainText('403');
		}
	});
}
