// Build step for the browser's chart.js (src/lib/components/chart-bars.ts): bundles that module
// with chart.js on its own, with rolldown told that reading a property has no side effects, and
// hands the result to the client build in its place.
// Why: chart.js declares its scales as classes whose static `defaults` read properties
// (`callback: Ticks.formatters.logarithmic`); a bundler must assume such a read may run a getter,
// so it keeps the logarithmic, radial, time and time-series scales (and the date adapter) that the
// app never registers — about 5 KB of brotli on the donor page, whose JavaScript budget is 80 KB
// (issue 11). Assuming side-effect-free property reads is safe for chart.js but not for the app
// (Svelte reads reactive getters for their effect), so the assumption is scoped to this one
// bundle rather than set for the whole build. The server build keeps chart.js as it is.
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

const ENTRY = fileURLToPath(new URL('../src/lib/components/chart-bars.ts', import.meta.url));

/** chart-bars.ts and the part of chart.js it uses, as one ES module. */
export async function bundleChartBars(): Promise<{ code: string; inputs: string[] }> {
	const bundle = await rolldown({
		input: ENTRY,
		platform: 'browser',
		treeshake: { propertyReadSideEffects: false },
		logLevel: 'silent'
	});
	try {
		const { output } = await bundle.generate({ format: 'esm' });
		return { code: output[0].code, inputs: output[0].moduleIds };
	} finally {
		await bundle.close();
	}
}

export function chartBars(): Plugin {
	return {
		name: 'nap-chart-bars',
		apply: 'build',
		async load(id, options) {
			if (options?.ssr || id !== ENTRY) return null;
			const { code, inputs } = await bundleChartBars();
			for (const file of inputs) if (!file.startsWith('\0')) this.addWatchFile(file);
			return code;
		}
	};
}
