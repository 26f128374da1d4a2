// npm run crash-test: is every acknowledged submission kept when the server is killed?
// Uses the existing build/ (run `npm run build` first), seeds a temporary database, starts
// `node build` on a free loopback port, and lets one client per focal point (4) save progress
// reports and statistics figures through the real forms (GET the page, POST its ?/save form
// as a browser without JavaScript does) while the server is SIGKILLed at random moments and
// restarted. Each saved value is unique; a save counts as acknowledged when the server answered
// 200. At the end every acknowledged value must be in the database (the audit row that the same
// transaction writes), PRAGMA integrity_check must say ok and the app must still serve.
// Bounded: CRASH_KILLS kills (default 30), CRASH_MAX_SECONDS overall (default 600).
// Prints: kills, acknowledged, lost. Exit code 1 if anything was lost or broken.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, signIn, startApp, type App } from '../tests/helpers/app-server';

const KILLS = Number(process.env.CRASH_KILLS ?? 30);
const MAX_MS = Number(process.env.CRASH_MAX_SECONDS ?? 600) * 1000;
const CLIENTS = ['mia@nap.test', 'pgo@nap.test', 'vac@nap.test', 'ngo@nap.test'];
const PASSWORD = 'demo-password';
const started = Date.now();

if (!existsSync('build/index.js')) {
	console.error('crash-test: no build/ here; run `npm run build` first');
	process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'nap-crash-'));
const dbPath = join(dir, 'crash.db');
const env = { DEMO_MODE: '1' };
console.log(`crash-test: seeding ${dbPath}`);
execFileSync('npx', ['tsx', 'seed/seed.ts'], {
	env: { ...process.env, ...env, DATABASE_URL: dbPath, DATA_DIR: dir },
	stdio: 'ignore'
});

const port = await freePort();
let app: App = await startApp({ databaseUrl: dbPath, dataDir: dir, port, env });
const origin = app.origin;

// ---------------------------------------------------------------- a form, read as a browser would

const attr = (tag: string, name: string) =>
	new RegExp(`\\s${name}="([^"]*)"`)
		.exec(tag)?.[1]
		?.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"');
const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

/** The fields of the page's `?/save` form, as a browser would submit them, or null. */
function saveForm(html: string): [string, string][] | null {
	const start = html.search(/<form[^>]*action="\?\/save"/);
	if (start < 0) return null;
	const body = html.slice(start, html.indexOf('</form>', start));
	const fields: [string, string][] = [];
	for (const m of body.matchAll(/<input\b[^>]*>/g)) {
		const tag = m[0];
		const name = attr(tag, 'name');
		if (!name || /\sdisabled/.test(tag)) continue;
		const type = attr(tag, 'type') ?? 'text';
		if ((type === 'checkbox' || type === 'radio') && !/\schecked/.test(tag)) continue;
		if (type === 'file' || type === 'submit') continue;
		fields.push([name, attr(tag, 'value') ?? (type === 'checkbox' ? 'on' : '')]);
	}
	for (const m of body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
		const name = attr(m[1], 'name');
		if (name) fields.push([name, unescape(m[2])]);
	}
	for (const m of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
		const name = attr(m[1], 'name');
		const options = [...m[2].matchAll(/<option\b[^>]*>/g)].map((o) => o[0]);
		const chosen = options.find((o) => /\sselected/.test(o)) ?? options[0];
		if (name && chosen) fields.push([name, attr(chosen, 'value') ?? '']);
	}
	return fields;
}

// ---------------------------------------------------------------- clients

interface Target {
	kind: 'report' | 'figure';
	path: string;
	/** which field gets the unique value */
	field: (name: string) => boolean;
	value: (n: number) => string;
}

const acked: { kind: Target['kind']; marker: string }[] = [];
let attempts = 0;
let stopping = false;

async function get(path: string, cookie: string): Promise<string | null> {
	try {
		const res = await fetch(origin + path, {
			headers: { cookie, accept: 'text/html' },
			signal: AbortSignal.timeout(10_000)
		});
		return res.ok ? await res.text() : null;
	} catch {
		return null;
	}
}

async function findTargets(cookie: string, client: number): Promise<Target[]> {
	const targets: Target[] = [];
	const actions = (await get('/my-actions', cookie)) ?? '';
	for (const id of new Set([...actions.matchAll(/href="\/reports\/(\d+)"/g)].map((m) => m[1]))) {
		const form = saveForm((await get(`/reports/${id}`, cookie)) ?? '');
		if (!form || !form.some(([n]) => n === 'doneEn')) continue;
		targets.push({
			kind: 'report',
			path: `/reports/${id}`,
			field: (n) => n === 'doneEn',
			value: (n) => `crash-test c${client} n${n} r${id}`
		});
		break;
	}
	const stats = (await get('/statistics', cookie)) ?? '';
	for (const m of new Set(
		[...stats.matchAll(/href="(\/statistics\/\d+\/\d+)"/g)].map((x) => x[1])
	)) {
		const form = saveForm((await get(m, cookie)) ?? '');
		const cell = form?.find(([n]) => n.startsWith('v|'));
		if (!cell) continue;
		targets.push({
			kind: 'figure',
			path: m,
			field: (n) => n === cell[0],
			// unique per client and save, and a plausible count of persons
			value: (n) => String(900_000 + client * 10_000 + (n % 10_000))
		});
		break;
	}
	return targets;
}

async function save(target: Target, cookie: string, n: number): Promise<void> {
	const html = await get(target.path, cookie);
	const form = html && saveForm(html);
	if (!form) return;
	const marker = target.value(n);
	const body = new URLSearchParams(form.map(([k, v]) => [k, target.field(k) ? marker : v]));
	attempts++;
	try {
		const res = await fetch(`${origin}${target.path}?/save`, {
			method: 'POST',
			headers: {
				cookie,
				origin,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body,
			signal: AbortSignal.timeout(10_000)
		});
		await res.text();
		if (res.status === 200) acked.push({ kind: target.kind, marker });
	} catch {
		// killed mid-request: not acknowledged, may or may not be kept
	}
}

async function prepare(email: string, i: number) {
	const cookie = await signIn(origin, email, PASSWORD);
	const targets = await findTargets(cookie, i);
	console.log(`crash-test: ${email} saves ${targets.map((t) => t.path).join(', ') || 'nothing'}`);
	return { cookie, targets };
}

async function client({ cookie, targets }: { cookie: string; targets: Target[] }): Promise<void> {
	let n = 0;
	while (!stopping && targets.length) {
		for (const t of targets) {
			if (stopping) break;
			await save(t, cookie, n++);
		}
		// the server is down between a kill and its restart: do not spin
		if (!(await get('/login', ''))) await new Promise((r) => setTimeout(r, 50));
	}
}

// ---------------------------------------------------------------- the killer

// sign in and find what each focal point can edit before the first kill
const prepared = [];
for (const [i, email] of CLIENTS.entries()) prepared.push(await prepare(email, i + 1));
const clients = prepared.map((p) => client(p));
clients.forEach((c) => c.catch((e: unknown) => console.error('client failed:', e)));
let kills = 0;
let restartMs = 0;
try {
	while (kills < KILLS && Date.now() - started < MAX_MS) {
		await new Promise((r) => setTimeout(r, 200 + Math.random() * 1300));
		app.proc.kill('SIGKILL');
		await new Promise((r) => app.proc.once('exit', r));
		kills++;
		const t = Date.now();
		app = await startApp({ databaseUrl: dbPath, dataDir: dir, port, env });
		restartMs += Date.now() - t;
	}
} finally {
	stopping = true;
}
await Promise.allSettled(clients);
const clientErrors = (await Promise.allSettled(clients)).filter((r) => r.status === 'rejected');

// the app still serves: a client signs in and reads a page
let serves = false;
try {
	const cookie = await signIn(origin, CLIENTS[0], PASSWORD);
	serves = (await get('/my-actions', cookie)) !== null;
} catch {
	serves = false;
}
await app.stop();

const db = new Database(dbPath, { readonly: true });
const integrity = db.pragma('integrity_check', { simple: true });
const audit = db
	.prepare(
		"SELECT after FROM audit_log WHERE entity IN ('progress_report', 'stat_report') AND after IS NOT NULL"
	)
	.pluck()
	.all() as string[];
db.close();
const kept = audit.join('\n');
// a figure is a bare number: it must not count as kept inside a longer one
const lost = acked.filter((a) => !new RegExp(`(?<![0-9])${a.marker}(?![0-9])`).test(kept));

const reports = acked.filter((a) => a.kind === 'report').length;
console.log(
	[
		`kills: ${kills}`,
		`submissions: ${attempts}`,
		`acknowledged: ${acked.length} (${reports} progress-report saves, ${acked.length - reports} statistics saves)`,
		`lost: ${lost.length}`,
		`integrity_check: ${String(integrity)}`,
		`app serves after the last restart: ${serves ? 'yes' : 'no'}`,
		`mean restart to first answer: ${kills ? Math.round(restartMs / kills) : 0} ms`,
		`took: ${Math.round((Date.now() - started) / 1000)} s`
	].join('\n')
);
for (const l of lost.slice(0, 10)) console.error('lost:', l.marker);
rmSync(dir, { recursive: true, force: true });
const ok =
	lost.length === 0 &&
	integrity === 'ok' &&
	serves &&
	kills >= Math.min(KILLS, 30) &&
	acked.length > 0 &&
	clientErrors.length === 0;
process.exit(ok ? 0 : 1);
