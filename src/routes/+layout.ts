import { version } from '$app/environment';
import type { LayoutLoad } from './$types';

// The page's dictionary, as data rather than JavaScript (see src/lib/i18n/index.ts). On the server
// the fetch is answered in-process and inlined into the HTML; in the browser it comes from the
// HTTP cache when a load re-runs (the URL changes with each build).
export const load: LayoutLoad = async ({ data, fetch }) => {
	const res = await fetch(`/i18n/${data.locale}.json?v=${version}`);
	return { ...data, messages: res.ok ? ((await res.json()) as Record<string, string>) : {} };
};
