declare module 'virtual:upload-worker' {
	/** The upload worker's bundled script (see worker-plugin.ts). */
	const source: string;
	export default source;
}
