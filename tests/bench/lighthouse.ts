// Lighthouse (mobile preset: simulated slow 4G and a 4× slower CPU) on Debian's Chromium, for
// `npm run bench`. Each page is measured RUNS times and the median run (by performance score)
// is printed. Figures only: timings depend on the machine's load, so no test asserts them.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

export interface LighthousePage {
	label: string;
	url: string;
	cookie: string;
}

export interface LighthouseFigures {
	label: string;
	score: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	totalKB: number;
	htmlKB: number;
	jsKB: number;
}

/** Starts Chromium with a DevTools port of its own choosing; resolves with the port. */
function startChromium(profile: string): Promise<{ proc: ChildProcess; port: number }> {
	const proc = spawn(
		process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		[
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--remote-debugging-port=0',
			`--user-data-dir=${profile}`,
			'about:blank'
		],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	return new Promise((ok, fail) => {
		let err = '';
		proc.stderr!.on('data', (c: Buffer) => {
			err += c.toString();
			const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
			if (m) ok({ proc, port: Number(m[1]) });
		});
		proc.once('exit', (code) => fail(new Error(`chromium exited (${code}): ${err.slice(-500)}`)));
	});
}

export async function runLighthouse(pages: LighthousePage[]): Promise<LighthouseFigures[]> {
	const out: LighthouseFigures[] = [];
	for (const p of pages) {
		// a browser of its own per page: the session cookie one page's server answer sets would
		// otherwise go along with the next page's (another user's) cookie
		const profile = mkdtempSync(join(tmpdir(), 'nap-lh-'));
		const { proc, port } = await startChromium(profile);
		try {
			const runs: LighthouseFigures[] = [];
			for (let i = 0; i < RUNS; i++) {
				const result = await lighthouse(p.url, {
					port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance'],
					extraHeaders: { Cookie: p.cookie }
				});
				if (!result) throw new Error(`lighthouse: no result for ${p.url}`);
				const { lhr } = result;
				if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
				const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
				const requests = (lhr.audits['network-requests']?.details as {
					items?: { resourceType?: string; transferSize?: number; url?: string }[];
				}) ?? { items: [] };
				const sum = (type: string) =>
					(requests.items ?? [])
						.filter((r) => r.resourceType === type)
						.reduce((s, r) => s + (r.transferSize ?? 0), 0);
				runs.push({
					label: p.label,
					score: Math.round((lhr.categories.performance.score ?? 0) * 100),
					lcpMs: num('largest-contentful-paint'),
					tbtMs: num('total-blocking-time'),
					cls: num('cumulative-layout-shift'),
					totalKB: num('total-byte-weight') / 1024,
					htmlKB: sum('Document') / 1024,
					jsKB: sum('Script') / 1024
				});
			}
			runs.sort((a, b) => a.score - b.score || b.lcpMs - a.lcpMs);
			out.push(runs[Math.floor(runs.length / 2)]);
		} finally {
			await new Promise((exited) => {
				proc.once('exit', exited);
				proc.kill();
			});
			rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
		}
	}
	return out;
}
