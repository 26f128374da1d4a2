// The focal point's phone errand (tests/e2e/phone-walk.ts) timed for `npm run bench`: Chromium at
// 390×844 with the network and CPU throttled through the DevTools protocol, the way Lighthouse's
// mobile preset applies them (slow 4G with its packet-level adjustment, a 4× slower CPU). Each run
// is a new browser context (a phone's first visit, nothing cached); the median of each step is
// printed. Figures only: no test asserts a time.
import { chromium } from '@playwright/test';
import { focalPointWalk, PHONE, type Walk } from '../e2e/phone-walk';

export const THROTTLE = {
	runs: Number(process.env.BENCH_WALK_RUNS ?? 3),
	cpu: 4,
	// Lighthouse's mobileSlow4G as DevTools applies it: 150 ms RTT × 3.75, 1.6 Mbit/s × 0.9 down,
	// 750 kbit/s × 0.9 up
	latencyMs: 562.5,
	downBytesPerSec: (1.6 * 1024 * 1024 * 0.9) / 8,
	upBytesPerSec: (750 * 1024 * 0.9) / 8,
	label: 'slow 4G: 562 ms round trip, 1.4 Mbit/s down, 675 kbit/s up'
};

export interface WalkFigures {
	steps: { name: string; ms: number; bytes: number; fits: boolean }[];
	totalMs: number;
	totalBytes: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runPhoneWalk(origin: string): Promise<WalkFigures> {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run']
	});
	try {
		const runs: Walk[] = [];
		for (let i = 0; i < THROTTLE.runs; i++) {
			const ctx = await browser.newContext({
				baseURL: origin,
				viewport: PHONE,
				isMobile: true,
				hasTouch: true,
				deviceScaleFactor: 3,
				locale: 'az-AZ'
			});
			try {
				const page = await ctx.newPage();
				page.setDefaultTimeout(120_000);
				const cdp = await ctx.newCDPSession(page);
				let bytes = 0;
				cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
				await cdp.send('Network.enable');
				await cdp.send('Network.emulateNetworkConditions', {
					offline: false,
					latency: THROTTLE.latencyMs,
					downloadThroughput: THROTTLE.downBytesPerSec,
					uploadThroughput: THROTTLE.upBytesPerSec
				});
				await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
				runs.push(await focalPointWalk(page, { bytes: () => bytes }));
			} finally {
				await ctx.close();
			}
		}
		const steps = runs[0].steps.map((s, i) => ({
			name: s.name,
			ms: median(runs.map((r) => r.steps[i].ms)),
			bytes: median(runs.map((r) => r.steps[i].bytes)),
			fits: runs.every(
				(r) => r.steps[i].fit.scrollWidth <= r.steps[i].fit.width && r.steps[i].fit.controlInside
			)
		}));
		const totals = runs.map((r) => r.steps.reduce((sum, s) => sum + s.ms, 0));
		const bytes = runs.map((r) => r.steps.reduce((sum, s) => sum + s.bytes, 0));
		return { steps, totalMs: median(totals), totalBytes: median(bytes) };
	} finally {
		await browser.close();
	}
}
