import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { chartBars } from './scripts/chart-bars-plugin';
import { analyseRoutes } from './scripts/i18n-usage';
import { uploadWorker } from './src/lib/server/uploads/worker-plugin.js';

// The messages each route can show (scripts/i18n-usage.ts), for src/lib/server/page-messages.ts.
// Built once per production build; the dev server (and vitest) sends the whole dictionary.
function i18nUsage(): Plugin {
	const id = 'virtual:i18n-usage';
	let build = false;
	return {
		name: 'nap-i18n-usage',
		configResolved(config) {
			build = config.command === 'build';
		},
		resolveId: (source) => (source === id ? `\0${id}` : null),
		load(source) {
			if (source !== `\0${id}`) return null;
			return `export default ${build ? JSON.stringify(analyseRoutes()) : 'null'};`;
		}
	};
}

export default defineConfig({
	plugins: [i18nUsage(), chartBars(), sveltekit(), uploadWorker()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20000,
		env: { TZ: 'UTC' }
	}
});
