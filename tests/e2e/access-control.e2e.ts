// Access control over every route: each page, form action and endpoint of src/routes
// (tests/access/routes.ts) is requested as each principal, and the outcome must be the one
// tests/access/expectations.ts gives. A route without a row fails the test: add one (see that
// file) when you add a route. Runs on a server and database of its own, since actions are
// posted (with empty forms) and may write.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enumerateRoutes } from '../access/routes';
import { EXPECTATIONS, ORDER, type Outcome } from '../access/expectations';
import { PRINCIPALS, loadFixtures, type Principal } from '../access/fixtures';
import { signIn, startApp } from '../helpers/app-server';

const ROOT = join(import.meta.dirname, '../..');

function outcomeOf(res: Response): Outcome {
	const location = res.headers.get('location') ?? '';
	if (res.status >= 300 && res.status < 400 && /^\/login(\?|$)/.test(location)) return 'login';
	if (res.status === 401 || res.status === 403) return 'deny';
	if (res.status === 404) return 'missing';
	if (res.status >= 500) return 'error';
	return 'allow';
}

test('every route answers each principal as the expectation table says', async () => {
	test.setTimeout(300_000);
	const routes = enumerateRoutes(join(ROOT, 'src/routes'));
	const missing = routes.filter((r) => !(r in EXPECTATIONS));
	const stale = Object.keys(EXPECTATIONS).filter((k) => !routes.includes(k));
	expect(missing, 'routes without a row in tests/access/expectations.ts').toEqual([]);
	expect(stale, 'rows in tests/access/expectations.ts for routes that no longer exist').toEqual([]);

	const dir = mkdtempSync(join(tmpdir(), 'nap-access-'));
	const dbPath = join(dir, 'access.db');
	execFileSync('npx', ['tsx', 'seed/seed.ts'], {
		cwd: ROOT,
		env: { ...process.env, DATABASE_URL: dbPath, DATA_DIR: dir, DEMO_MODE: '1' },
		stdio: 'ignore'
	});
	const ids = loadFixtures(dbPath);
	const app = await startApp({ databaseUrl: dbPath, dataDir: dir, env: { DEMO_MODE: '1' } });
	try {
		const cookies: Record<Principal, string> = { anon: '' } as Record<Principal, string>;
		for (const p of ORDER)
			if (PRINCIPALS[p]) cookies[p] = await signIn(app.origin, PRINCIPALS[p]!, 'demo-password');

		const wrong: string[] = [];
		// rows marked `last` (sign-out) end the session they are sent with
		const keys = [...routes].sort(
			(a, b) => Number(!!EXPECTATIONS[a].last) - Number(!!EXPECTATIONS[b].last)
		);
		for (const key of keys) {
			const row = EXPECTATIONS[key];
			const [method, pattern] = key.split(' ');
			// a page's default action is posted to the page itself (?/default is refused)
			const path = (row.path ?? pattern)
				.replace(/\?\/default$/, '')
				.replace(/\{(\w+)\}/g, (_, k) => ids[k] ?? `{${k}}`);
			const want = row.expect.trim().split(/\s+/);
			for (const [i, p] of ORDER.entries()) {
				const res = await fetch(app.origin + path, {
					method,
					headers: {
						origin: app.origin,
						accept: 'text/html',
						...(cookies[p] ? { cookie: cookies[p] } : {}),
						...(method === 'GET' ? {} : { 'content-type': 'application/x-www-form-urlencoded' })
					},
					body: method === 'GET' ? undefined : (row.body ?? ''),
					redirect: 'manual'
				});
				await res.arrayBuffer();
				const got = outcomeOf(res);
				const code = { allow: 'A', deny: 'D', login: 'L', missing: 'N', error: 'E' }[got];
				if (code !== want[i])
					wrong.push(`${key} as ${p}: expected ${want[i]}, got ${code} (${res.status} ${path})`);
			}
		}
		expect(wrong, 'routes that answered otherwise than tests/access/expectations.ts says').toEqual(
			[]
		);
	} finally {
		await app.stop();
		rmSync(dir, { recursive: true, force: true });
	}
});
