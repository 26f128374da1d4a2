import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { uploadWorker } from './src/lib/server/uploads/worker-plugin.js';

export default defineConfig({
	plugins: [sveltekit(), uploadWorker()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20000,
		env: { TZ: 'UTC' }
	}
});
