import { defineConfig } from '@playwright/test';

// Browser tests run Debian's Chromium against the built server (`node build`) on a freshly
// seeded database of their own. E2E_PORT lets several checkouts test side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
const origin = `http://127.0.0.1:${port}`;
const state = 'tests/e2e/.state';

export default defineConfig({
	testDir: '.',
	testMatch: '**/*.e2e.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.PW_REPORTER ? JSON.parse(process.env.PW_REPORTER) : [['list']],
	use: {
		baseURL: origin,
		locale: 'en-GB',
		timezoneId: 'UTC',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		command: `rm -rf ${state} && mkdir -p ${state} && npx tsx seed/seed.ts > ${state}/seed.log && node scripts/server.js`,
		cwd: '../..',
		url: `${origin}/login`,
		timeout: 120_000,
		reuseExistingServer: false,
		stdout: 'ignore',
		stderr: 'pipe',
		env: {
			DATABASE_URL: `${state}/e2e.db`,
			DATA_DIR: state,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DEMO_MODE: '1',
			SMTP_URL: '',
			// adapter-node refuses bodies over 512 kB by default; evidence uploads go up to the setting (10 MB)
			BODY_SIZE_LIMIT: '12M',
			DISABLE_JOBS: '1'
		}
	}
});
