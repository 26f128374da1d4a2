// Generated at build time by the plugin in vite.config.ts (scripts/i18n-usage.ts); null in dev.
declare module 'virtual:i18n-usage' {
	const usage: Record<string, { literals: string[]; prefixes: string[] }> | null;
	export default usage;
}
