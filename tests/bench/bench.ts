// `npm run bench` (after `npm run build`): measures the donor page in one run and prints
//  - requests per second of the production server (scripts/server.js) for /donor, beside a minimal
//    node:http page that runs the same queries (the same domain function) and prints its tables;
//  - latency of both, beside the time of the raw SQL behind the page (no cache);
//  - the JavaScript the donor page loads, gzip- and brotli-compressed;
//  - the HTML of the pages opened most, raw and as sent (brotli);
//  - Lighthouse's mobile figures (median of 3) for /donor, /my-actions, /reports/[id], /review;
//  - a focal point's errand on a phone (tests/e2e/phone-walk.ts) under mobile network and CPU
//    throttling: each step's time and bytes (median of 3, cold cache).
// Loopback only; every loop is bounded (a fixed number of requests). The database is a fresh
// demo seed in a temporary folder.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync
} from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { runLighthouse } from './lighthouse';
import { runPhoneWalk, THROTTLE } from './phone-walk';
import { openDatabase } from '../../src/lib/server/db/connect';
import { loadDonorPage } from '../../src/lib/server/dashboards/results-page';
import { loadFigures } from '../../src/lib/server/dashboards/stat-figures';
import { RESULT_METRICS } from '../../src/lib/server/dashboards/results-spec';
import { countStatusTiming } from '../../src/lib/server/dashboards/implementation-sql';
import { dashboardPlans } from '../../src/lib/server/dashboards/results-view';
import { defaultPeriod, reportedPeriods } from '../../src/lib/server/dashboards/implementation';
import { listProgressPeriods } from '../../src/lib/server/progress/periods';

const ROOT = resolve(import.meta.dirname, '../..');
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const PAGE = '/donor?from=2020&to=2021';

if (!existsSync(join(ROOT, 'build/index.js'))) {
	console.error('bench: no build/ — run `npm run build` first');
	process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'nap-bench-'));
const dbPath = join(dir, 'bench.db');
// BENCH_DB: a copy of an existing database instead of a fresh demo seed
if (process.env.BENCH_DB) copyFileSync(process.env.BENCH_DB, dbPath);
else
	execFileSync('npx', ['tsx', 'seed/seed.ts'], {
		cwd: ROOT,
		env: { ...process.env, DATABASE_URL: dbPath, DEMO_MODE: '1' },
		stdio: 'ignore'
	});

const port = 4390 + Math.floor(Math.random() * 100);
const origin = `http://127.0.0.1:${port}`;
// a fresh keep-alive agent per phase: a socket left idle between phases may be closed by the
// server (keepAliveTimeout) just as it is reused, which shows up as ECONNRESET
let agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function request(
	url: string,
	o: { method?: string; headers?: Record<string, string>; body?: string } = {}
) {
	return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
		(ok, fail) => {
			const req = http.request(
				url,
				{ method: o.method ?? 'GET', headers: o.headers, agent },
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (c) => chunks.push(c));
					res.on('end', () =>
						ok({
							status: res.statusCode ?? 0,
							headers: res.headers,
							body: Buffer.concat(chunks).toString('utf8')
						})
					);
				}
			);
			req.on('error', fail);
			req.end(o.body);
		}
	);
}

async function waitFor(url: string) {
	for (let i = 0; i < 100; i++) {
		try {
			await request(url);
			return;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw new Error(`bench: ${url} did not come up`);
}

/** REQUESTS requests, CONCURRENCY at a time; returns req/s and latency percentiles (ms). */
async function load(url: string, headers: Record<string, string>) {
	agent.destroy();
	agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
	const times: number[] = [];
	let next = 0;
	const t0 = performance.now();
	await Promise.all(
		Array.from({ length: CONCURRENCY }, async () => {
			while (next < REQUESTS) {
				next++;
				const s = performance.now();
				const r = await request(url, { headers });
				if (r.status !== 200) throw new Error(`bench: ${url} answered ${r.status}`);
				times.push(performance.now() - s);
			}
		})
	);
	const secs = (performance.now() - t0) / 1000;
	times.sort((a, b) => a - b);
	const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
	return { rps: times.length / secs, p50: q(0.5), p95: q(0.95) };
}

/**
 * Every JS file the page loads, from build/client: the entry points its inline script imports,
 * the route nodes it starts with (`node_ids`), and all their static imports, transitively.
 */
function pageScripts(html: string, lazy = false): string[] {
	const seen = new Set<string>();
	const queue = [...html.matchAll(/import\("\.?(\/_app\/[^"]+\.js)"\)/g)].map((m) => m[1]);
	const ids =
		/node_ids:\s*\[([\d,\s]+)\]/
			.exec(html)?.[1]
			.split(',')
			.map((x) => x.trim()) ?? [];
	const nodes = readdirSync(join(ROOT, 'build/client/_app/immutable/nodes')).filter((f) =>
		f.endsWith('.js')
	);
	for (const id of ids) {
		const file = nodes.find((f) => f.startsWith(`${id}.`));
		if (file) queue.push(`/_app/immutable/nodes/${file}`);
	}
	while (queue.length) {
		const path = queue.pop()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const code = readFileSync(join(ROOT, 'build/client', path), 'utf8');
		for (const m of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g))
			queue.push(join(path, '..', m[1]));
		// with `lazy`, also what the page imports on demand (chart.js, after the page is up)
		// (not the router's: entry/app.js imports every route's node on demand)
		if (lazy && !path.includes('/entry/'))
			for (const m of code.matchAll(/import\(\s*["`](\.{1,2}\/[^"`]+\.js)["`]\s*\)/g))
				queue.push(join(path, '..', m[1]));
	}
	return [...seen];
}

let server: ChildProcess | null = null;
let mini: http.Server | null = null;
try {
	server = spawn('node', ['scripts/server.js'], {
		cwd: ROOT,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DATABASE_URL: dbPath,
			DEMO_MODE: '1',
			DISABLE_JOBS: '1'
		},
		stdio: 'ignore'
	});
	await waitFor(`${origin}/login`);
	const signIn = async (email: string) => {
		const login = await request(`${origin}/login`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
			body: `email=${encodeURIComponent(email)}&password=demo-password`
		});
		const c = String(login.headers['set-cookie']?.[0] ?? '').split(';')[0];
		if (!c.includes('=')) throw new Error(`bench: ${email} sign-in failed`);
		return c;
	};
	const cookie = await signIn('donor@nap.test');
	const page = await request(`${origin}${PAGE}`, { headers: { Cookie: cookie } });
	if (!page.body.includes('data-chart=')) throw new Error('bench: the donor page has no charts');

	// the same queries in a minimal node:http page: the domain function, tables printed as HTML
	const db = openDatabase(dbPath, { migrate: false });
	const today = new Date().toISOString().slice(0, 10);
	mini = http.createServer((req, res) => {
		const data = loadDonorPage(db, new URL(req.url ?? '/', 'http://x').searchParams, today);
		let html = '<!doctype html><title>donor</title>';
		for (const t of [...data.view.tables, ...data.impl.tables]) {
			html += `<h2>${t.title.en}</h2><table>`;
			for (const r of t.rows)
				html += `<tr><th>${r.label.en}</th>${r.cells.map((c) => `<td>${c === null ? 'n/a' : 'shown' in c ? c.shown : c.label}</td>`).join('')}</tr>`;
			html += '</table>';
		}
		res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
	});
	await new Promise<void>((ok) => mini!.listen(port + 1, '127.0.0.1', ok));

	// warm both (caches, JIT), then measure
	await load(`${origin}${PAGE}`, { Cookie: cookie });
	await load(`http://127.0.0.1:${port + 1}${PAGE}`, {});
	const kit = await load(`${origin}${PAGE}`, { Cookie: cookie });
	const raw = await load(`http://127.0.0.1:${port + 1}${PAGE}`, {});

	// raw SQL behind the page, uncached: the statistics sums and the implementation counts
	const plan = dashboardPlans(db, null, new Date().toISOString().slice(0, 10)).plan!;
	const period = defaultPeriod(
		listProgressPeriods(db, plan.id),
		today,
		reportedPeriods(db, plan.id)
	);
	const SQL_RUNS = 300;
	let t = performance.now();
	for (let i = 0; i < SQL_RUNS; i++) {
		loadFigures(db, { metrics: RESULT_METRICS, fromYear: plan.startYear, toYear: plan.endYear });
		if (period) {
			countStatusTiming(db, { planId: plan.id, end: period.endDate, institutionId: null });
		}
	}
	const sqlMs = (performance.now() - t) / SQL_RUNS;

	const scripts = pageScripts(page.body);
	const withLazy = pageScripts(page.body, true);
	let lazyBr = 0;
	let lazyGz = 0;
	for (const s of withLazy) {
		const file = join(ROOT, 'build/client', s);
		lazyBr += existsSync(`${file}.br`) ? statSync(`${file}.br`).size : 0;
		lazyGz += existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : 0;
	}
	let gz = 0;
	let br = 0;
	let rawBytes = 0;
	for (const s of scripts) {
		const file = join(ROOT, 'build/client', s);
		const body = readFileSync(file);
		rawBytes += body.length;
		gz += existsSync(`${file}.gz`)
			? statSync(`${file}.gz`).size
			: gzipSync(body, { level: 9 }).length;
		br += existsSync(`${file}.br`) ? statSync(`${file}.br`).size : 0;
	}

	const f = (n: number, d = 1) => n.toFixed(d);
	console.log(`donor page ${PAGE}: ${REQUESTS} requests, ${CONCURRENCY} at a time, loopback`);
	console.log(
		`  SvelteKit (scripts/server)  ${f(kit.rps, 0).padStart(6)} req/s   latency p50 ${f(kit.p50, 2)} ms, p95 ${f(kit.p95, 2)} ms`
	);
	console.log(
		`  minimal node:http page      ${f(raw.rps, 0).padStart(6)} req/s   latency p50 ${f(raw.p50, 2)} ms, p95 ${f(raw.p95, 2)} ms`
	);
	console.log(
		`  raw SQL behind the page     ${f(sqlMs, 2)} ms per page (uncached: statistics sums + implementation counts)`
	);
	console.log(
		`  JavaScript the page loads   ${scripts.length} files, ${f(rawBytes / 1024)} KB raw, ${f(gz / 1024)} KB gzip, ${f(br / 1024)} KB brotli`
	);
	console.log(
		`  with what loads after       ${withLazy.length} files, ${f(lazyGz / 1024)} KB gzip, ${f(lazyBr / 1024)} KB brotli (chart.js, once the page is up; budget 80 KB compressed, brotli as browsers get it)`
	);
	console.log(`  donor page / minimal page   ${f(kit.rps / raw.rps, 2)}× (target ≥ 1.0×)`);

	// the pages a focal point, a reviewer and a donor open most
	const mia = await signIn('mia@nap.test');
	const reviewer = await signIn('reviewer@nap.test');
	const mine = await request(`${origin}/my-actions`, { headers: { Cookie: mia } });
	const report = /href="(\/reports\/\d+)"/.exec(mine.body)?.[1];
	if (!report) throw new Error('bench: no report on /my-actions');
	const pages = [
		{ label: '/donor', url: `${origin}/donor`, cookie },
		{ label: '/my-actions', url: `${origin}/my-actions`, cookie: mia },
		{ label: `/reports/[id] (${report})`, url: `${origin}${report}`, cookie: mia },
		{ label: '/review', url: `${origin}/review`, cookie: reviewer },
		{ label: '/login', url: `${origin}/login`, cookie: '' }
	];
	console.log('HTML per page (budget: /login ≤ 12 KB raw; every page ≤ 30 KB sent)');
	for (const p of pages) {
		const headers = { Cookie: p.cookie, 'Accept-Encoding': 'br' };
		const sent = await new Promise<Buffer>((ok, fail) =>
			http
				.get(p.url, { headers }, (res) => {
					const chunks: Buffer[] = [];
					res.on('data', (c) => chunks.push(c));
					res.on('end', () => ok(Buffer.concat(chunks)));
				})
				.on('error', fail)
		);
		const rawHtml = brotliDecompressSync(sent);
		console.log(
			`  ${p.label.padEnd(26)} ${f(rawHtml.length / 1024).padStart(6)} KB raw ${f(sent.length / 1024).padStart(6)} KB brotli`
		);
	}

	console.log(
		'Lighthouse, mobile preset, median of 3 (targets: score ≥ 95, LCP ≤ 2.0 s, TBT ≤ 200 ms, CLS ≤ 0.05;'
	);
	console.log(
		"  its bytes are transfer sizes: bodies plus each response's HTTP/1.1 headers, about 0.3 KB a file)"
	);
	for (const r of await runLighthouse(pages.slice(0, 4))) {
		console.log(
			`  ${r.label.padEnd(26)} score ${String(r.score).padStart(3)}  LCP ${f(r.lcpMs / 1000, 2)} s  TBT ${f(r.tbtMs, 0).padStart(4)} ms  CLS ${f(r.cls, 3)}  bytes ${f(r.totalKB)} KB (HTML ${f(r.htmlKB)} KB, JS ${f(r.jsKB)} KB)`
		);
	}

	// last: each walk starts and submits a report, which changes the data the figures above read
	console.log(
		`Phone walk, a focal point at 390×844 (Chromium, CPU ${THROTTLE.cpu}× slower, ${THROTTLE.label}), cold cache, median of ${THROTTLE.runs}`
	);
	const walk = await runPhoneWalk(origin);
	for (const s of walk.steps)
		console.log(
			`  ${s.name.padEnd(28)} ${f(s.ms / 1000, 2).padStart(6)} s  ${f(s.bytes / 1024).padStart(6)} KB  ${s.fits ? 'fits' : 'WIDER THAN THE SCREEN'}`
		);
	console.log(
		`  ${'the walk, without typing'.padEnd(28)} ${f(walk.totalMs / 1000, 2).padStart(6)} s  ${f(walk.totalBytes / 1024).padStart(6)} KB`
	);
	db.$client.close();
} finally {
	server?.kill();
	mini?.close();
	agent.destroy();
	rmSync(dir, { recursive: true, force: true });
}
