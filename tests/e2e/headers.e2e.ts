// Security headers in the built app (issue 12 item 2): every role's main pages render and work
// under the Content-Security-Policy with no violation and no console error; signed-in pages and
// exports are `no-store`; and a second server whose ORIGIN is https sends HSTS and names
// the session cookie `__Host-nap-session` (Secure, Path=/, no Domain).
import { expect, test, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { DEMO_PASSWORD, gotoReady, login } from './helpers';

const PAGES: Record<string, string[]> = {
	'admin@nap.test': [
		'/admin',
		'/admin/plans',
		'/admin/users',
		'/review',
		'/plan',
		'/statistics',
		'/dashboard',
		'/results',
		'/donor',
		'/reviews'
	],
	'reviewer@nap.test': ['/review', '/plan', '/statistics', '/dashboard', '/results', '/reviews'],
	'mia@nap.test': ['/my-actions', '/plan', '/statistics', '/dashboard', '/results'],
	'donor@nap.test': ['/donor', '/plan']
};

/** Records CSP violations (the DOM event) and console errors from here on. */
async function watch(page: Page) {
	const problems: string[] = [];
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(
				`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`
			)
		);
	});
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`${page.url()}: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
	return problems;
}

test('the main pages of every role render and hydrate under the CSP, with no violation', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const anonymous = await browser.newPage();
	const anonProblems = await watch(anonymous);
	const r = await gotoReady(anonymous, '/login');
	const csp = r!.headers()['content-security-policy'];
	expect(csp).toContain("default-src 'self'");
	expect(csp).toContain("object-src 'none'");
	expect(csp).toContain("base-uri 'none'");
	expect(csp).toContain("frame-ancestors 'none'");
	expect(csp).toContain("form-action 'self'");
	expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'/);
	// the public sign-in page may be cached; it carries no one's data
	expect(r!.headers()['cache-control'] ?? '').not.toContain('no-store');
	expect(anonProblems).toEqual([]);

	for (const [email, paths] of Object.entries(PAGES)) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const problems = await watch(page);
		await login(page, email, DEMO_PASSWORD);
		for (const path of paths) {
			const res = await gotoReady(page, path);
			expect(res!.status(), `${email} ${path}`).toBe(200);
			expect(res!.headers()['cache-control'], `${email} ${path}`).toBe('no-store');
			// hydrated: the page's scripts ran under the policy (gotoReady waits for it)
			await expect(page.locator('body[data-hydrated]')).toBeAttached();
		}
		// a client-side navigation and an enhanced form still work: switch language and back to
		// the user's own (it is stored on the user, and later files expect the seed's)
		const own = (await page.locator('html').getAttribute('lang')) === 'az' ? 'az' : 'en';
		for (const lang of [own === 'az' ? 'en' : 'az', own]) {
			await page.getByRole('button', { name: lang.toUpperCase(), exact: true }).click();
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
		}
		expect(problems, email).toEqual([]);
		await context.close();
	}
});

test('exports are no-store', async ({ page }) => {
	await login(page, 'reviewer@nap.test');
	const res = await page.request.get('/reviews/compare/export.csv');
	expect(res.status()).toBe(200);
	expect(res.headers()['cache-control']).toBe('no-store');
});

test('a same-origin post that is not a form is refused with 415, not a server error', async ({
	page,
	baseURL
}) => {
	await login(page, 'reviewer@nap.test');
	for (const path of ['/login', '/logout', '/lang', '/reviews/round-tables']) {
		const res = await page.request.post(path, {
			headers: { origin: baseURL!, 'content-type': 'text/plain' },
			data: 'a=1'
		});
		expect(res.status(), path).toBe(415);
	}
});

const freePort = () =>
	new Promise<number>((resolve) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});

test('under an https ORIGIN: HSTS, and the session cookie is __Host- and Secure', async ({
	playwright
}) => {
	const port = await freePort();
	const origin = `https://127.0.0.1:${port}`;
	// the same database as the main test server; only ORIGIN differs (TLS ends at a proxy)
	const server = spawn('node', ['scripts/server.js'], {
		cwd: process.cwd().endsWith('e2e') ? '../..' : '.',
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DATABASE_URL: 'tests/e2e/.state/e2e.db',
			DATA_DIR: 'tests/e2e/.state',
			DISABLE_JOBS: '1',
			DEMO_MODE: '1'
		},
		stdio: 'ignore'
	});
	try {
		const http = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${port}` });
		await expect
			.poll(async () => (await http.get('/login').catch(() => null))?.status() ?? 0, {
				timeout: 30_000
			})
			.toBe(200);
		const page = await http.get('/login');
		expect(page.headers()['strict-transport-security']).toBe('max-age=31536000');

		const signIn = await http.post('/login', {
			// a browser's Accept: otherwise SvelteKit answers the action with JSON
			headers: { origin, accept: 'text/html' },
			form: { email: 'admin@nap.test', password: DEMO_PASSWORD },
			maxRedirects: 0
		});
		expect(signIn.status()).toBe(303);
		const cookie = signIn
			.headersArray()
			.filter((h) => h.name.toLowerCase() === 'set-cookie')
			.map((h) => h.value)
			.find((v) => v.includes('nap-session='));
		expect(cookie).toMatch(/^__Host-nap-session=/);
		expect(cookie).toMatch(/;\s*Secure/i);
		expect(cookie).toMatch(/;\s*HttpOnly/i);
		expect(cookie).toMatch(/;\s*Path=\/(;|$)/i);
		expect(cookie).not.toMatch(/Domain=/i);
		const token = cookie!.split(';')[0];
		const admin = await http.get('/admin', { headers: { cookie: token }, maxRedirects: 0 });
		expect(admin.status()).toBe(200);
		expect(admin.headers()['cache-control']).toBe('no-store');
		// the plain-http name is not accepted under https
		const plain = await http.get('/admin', {
			headers: { cookie: token.replace('__Host-', '') },
			maxRedirects: 0
		});
		expect(plain.status()).toBe(303);
		await http.dispose();
	} finally {
		server.kill();
	}
});
