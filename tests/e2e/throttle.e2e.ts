// Throttling in the built app behind a (simulated) reverse proxy: ADDRESS_HEADER tells the app
// which header holds the client's address. Wrong passwords from one address make that address
// wait for that account; the account's owner at another address signs in at once.
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startApp } from '../helpers/app-server';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');

test('wrong passwords slow down only that address, as ADDRESS_HEADER gives it', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'nap-throttle-'));
	const dbPath = join(dir, 'throttle.db');
	await run('npm', ['run', '-s', 'backup', '--', dbPath], {
		cwd: ROOT,
		env: { ...process.env, DATABASE_URL: 'tests/e2e/.state/e2e.db' }
	});
	const app = await startApp({
		databaseUrl: dbPath,
		dataDir: dir,
		env: { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' }
	});
	const post = (from: string, password: string) =>
		fetch(`${app.origin}/login`, {
			method: 'POST',
			headers: {
				origin: app.origin,
				accept: 'text/html',
				'accept-language': 'en',
				'x-forwarded-for': from,
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({ email: 'pgo@nap.test', password }),
			redirect: 'manual'
		});
	try {
		const attacker = '203.0.113.9';
		for (let i = 0; i < 3; i++)
			expect((await post(attacker, `guess number ${i}`)).status).toBe(400);
		// the 4th failure makes this address wait for this account
		expect((await post(attacker, 'guess number 3')).status).toBe(400);
		const waiting = await post(attacker, 'demo-password');
		expect(waiting.status).toBe(429);
		expect(await waiting.text()).toMatch(/Wait \d+ s|\d+ san\. gözləyin/);
		// the owner, elsewhere, is not slowed
		const owner = await post('198.51.100.7', 'demo-password');
		expect(owner.status).toBe(303);
		expect(owner.headers.get('location')).not.toMatch(/login/);
	} finally {
		await app.stop();
		rmSync(dir, { recursive: true, force: true });
	}
});
