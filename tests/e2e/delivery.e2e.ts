import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import JSZip from 'jszip';
import { expect, test, type Page } from '@playwright/test';
import { login } from './helpers';

// What a phone on a slow connection downloads: the production server (scripts/server.js)
// compresses HTML, JSON and CSV itself, sends the same bytes uncompressed to a client that asks
// for no encoding, leaves zip-based downloads alone, and pages stay within their byte budgets
// (bytes, unlike timings, do not depend on the machine's load).

interface Raw {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
}

/** A GET that sees the bytes on the wire (browsers and fetch decode them silently). */
function rawGet(baseURL: string, path: string, headers: Record<string, string> = {}): Promise<Raw> {
	return new Promise((resolve, reject) => {
		http
			.get(new URL(path, baseURL), { headers }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks)
					})
				);
			})
			.on('error', reject);
	});
}

function decoded(r: Raw): Buffer {
	const enc = r.headers['content-encoding'];
	if (enc === 'br') return brotliDecompressSync(r.body);
	if (enc === 'gzip') return gunzipSync(r.body);
	return r.body;
}

async function cookieOf(page: Page): Promise<string> {
	return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}

const KB = 1024;

test('HTML is compressed with brotli or gzip, and sent as is without Accept-Encoding', async ({
	baseURL
}) => {
	const plain = await rawGet(baseURL!, '/login');
	expect(plain.status).toBe(200);
	expect(plain.headers['content-encoding']).toBeUndefined();
	expect(plain.headers['content-type']).toMatch(/text\/html/);
	expect(plain.headers['vary']).toMatch(/Accept-Encoding/i);

	const identity = await rawGet(baseURL!, '/login', { 'Accept-Encoding': 'identity' });
	expect(identity.headers['content-encoding']).toBeUndefined();
	expect(identity.body.toString()).toBe(plain.body.toString());

	for (const [accept, encoding] of [
		['gzip', 'gzip'],
		['br', 'br'],
		['gzip, deflate, br', 'br']
	]) {
		const r = await rawGet(baseURL!, '/login', { 'Accept-Encoding': accept });
		expect(r.headers['content-encoding'], accept).toBe(encoding);
		expect(r.body.length).toBeLessThan(plain.body.length / 2);
		expect(decoded(r).toString()).toBe(plain.body.toString());
	}

	// /login carries its own few strings, not the dictionary: 12 KB uncompressed at most
	expect(plain.body.length).toBeLessThanOrEqual(12 * KB);
	expect(plain.body.toString()).not.toContain('admin_plans.');
});

test('JSON and CSV are compressed; XLSX and prebuilt assets pass through intact', async ({
	page,
	baseURL
}) => {
	await login(page, 'donor@nap.test');
	const cookie = await cookieOf(page);
	const br = { Cookie: cookie, 'Accept-Encoding': 'br, gzip' };

	const json = await rawGet(baseURL!, '/donor/data.json', br);
	expect(json.status).toBe(200);
	expect(json.headers['content-encoding']).toBe('br');
	expect(JSON.parse(decoded(json).toString())).toBeTruthy();

	const csv = await rawGet(baseURL!, '/donor/export.csv', {
		Cookie: cookie,
		'Accept-Encoding': 'gzip'
	});
	expect(csv.status).toBe(200);
	expect(csv.headers['content-encoding']).toBe('gzip');
	const csvPlain = await rawGet(baseURL!, '/donor/export.csv', { Cookie: cookie });
	expect(decoded(csv).toString()).toBe(csvPlain.body.toString());

	const xlsx = await rawGet(baseURL!, '/donor/export.xlsx', br);
	expect(xlsx.status).toBe(200);
	expect(xlsx.headers['content-encoding']).toBeUndefined();
	const zip = await JSZip.loadAsync(xlsx.body);
	expect(Object.keys(zip.files)).toContain('xl/workbook.xml');

	// the page's scripts come precompressed from disk, once, not compressed again
	const html = decoded(await rawGet(baseURL!, '/donor', br)).toString();
	const script = html.match(/\/_app\/immutable\/entry\/start\.[\w-]+\.js/)?.[0];
	expect(script).toBeTruthy();
	const js = await rawGet(baseURL!, script!, { 'Accept-Encoding': 'br' });
	expect(js.headers['content-encoding']).toBe('br');
	expect(decoded(js).toString()).toContain('start');
});

test('every page people open most is at most 30 KB of HTML over the wire', async ({
	page,
	baseURL
}) => {
	const pages: [string, string[]][] = [
		['donor@nap.test', ['/donor']],
		['mia@nap.test', ['/my-actions']],
		['reviewer@nap.test', ['/review', '/reviews']]
	];
	let reportHref = '';
	for (const [email, paths] of pages) {
		await page.context().clearCookies();
		await login(page, email);
		const cookie = await cookieOf(page);
		if (email === 'mia@nap.test') {
			await page.goto('/my-actions');
			reportHref = (await page.locator('main a[href^="/reports/"]').first().getAttribute('href'))!;
			paths.push(reportHref);
		}
		for (const path of paths) {
			const r = await rawGet(baseURL!, path, { Cookie: cookie, 'Accept-Encoding': 'br, gzip' });
			expect(r.status, path).toBe(200);
			expect(r.body.length, path).toBeLessThanOrEqual(30 * KB);
			// the page carries only its own messages: a small part of the whole dictionary
			const keys =
				decoded(r)
					.toString()
					.match(/"[a-z][a-z_]*\.[\w.]+":"/g) ?? [];
			expect(keys.length, path).toBeLessThan(350);
		}
	}
	expect(reportHref).toMatch(/^\/reports\/\d+$/);
});

test('the donor page loads at most 80 KB of compressed JavaScript, chart.js included', async ({
	browser,
	page,
	baseURL
}) => {
	await login(page, 'donor@nap.test');
	// a browser profile of its own (empty cache) with the donor's session: every script the page
	// needs is requested, the ones it imports once it is up (chart.js) too
	const fresh = await browser.newContext({ storageState: await page.context().storageState() });
	try {
		const donor = await fresh.newPage();
		const scripts = new Set<string>();
		donor.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
		});
		await donor.goto('/donor?from=2020&to=2021');
		const boxes = donor.locator('.chart-box');
		await expect(boxes.first()).toBeVisible();
		for (let i = 0, n = await boxes.count(); i < n; i++)
			await expect(boxes.nth(i)).toHaveAttribute('data-ready', 'true');

		// the bytes the server sends a browser that accepts brotli (as browsers do over HTTPS)
		let br = 0;
		let chartJs = '';
		for (const path of scripts) {
			const r = await rawGet(baseURL!, path, { 'Accept-Encoding': 'br, gzip' });
			expect(r.status, path).toBe(200);
			expect(r.headers['content-encoding'], path).toBe('br');
			br += r.body.length;
			const code = decoded(r).toString();
			if (/static id=.bar./.test(code)) chartJs = code;
		}
		// the lazily imported chart.js is counted, without the scales the app never registers
		// (scripts/chart-bars-plugin.ts)
		expect(br).toBeLessThanOrEqual(80 * KB);
		expect(/static id=.category./.test(chartJs), 'chart.js loaded').toBe(true);
		const unused = /static id=.(logarithmic|radialLinear|time)./.exec(chartJs)?.[0];
		expect(unused, 'a scale the app never registers').toBeUndefined();
	} finally {
		await fresh.close();
	}
});
