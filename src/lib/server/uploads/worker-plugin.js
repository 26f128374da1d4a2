// Build step for the upload worker: bundles worker-entry.ts and what it imports (readers, saxes)
// into one CommonJS script with esbuild and serves it as the string `virtual:upload-worker`.
// The worker then starts from that string (`eval: true`), so it needs no file of its own next
// to the server bundle — adapter-node re-bundles the server and would drop a separate entry —
// and dev, vitest and `node build` run the same code. Scripts run by tsx (seed, CLI) have no
// Vite: run.ts then calls bundleUploadWorker itself. (JavaScript, like svelte.config.js, so
// that vite.config.ts can import it before anything is compiled.)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ID = 'virtual:upload-worker';
const ENTRY = fileURLToPath(new URL('./worker-entry.ts', import.meta.url));

/** The worker's script, and the source files it was built from. */
export async function bundleUploadWorker() {
	const out = await build({
		entryPoints: [ENTRY],
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		write: false,
		metafile: true,
		logLevel: 'silent'
	});
	return { code: out.outputFiles[0].text, inputs: Object.keys(out.metafile.inputs) };
}

/** @returns {import('vite').Plugin} */
export function uploadWorker() {
	return {
		name: 'upload-worker',
		resolveId: (id) => (id === ID ? '\0' + ID : undefined),
		async load(id) {
			if (id !== '\0' + ID) return;
			const { code, inputs } = await bundleUploadWorker();
			for (const file of inputs) this.addWatchFile(file);
			return `export default ${JSON.stringify(code)};`;
		}
	};
}
