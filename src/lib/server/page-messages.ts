// The messages a page's HTML carries: those its route's code can ask for (worked out at build
// time by scripts/i18n-usage.ts), in the page's language. Without the build's list (dev server,
// tests) a page gets the whole dictionary.
import usage from 'virtual:i18n-usage';
import { dictionary, type Locale } from '$lib/i18n/core';

type Dict = Record<string, string>;
export interface Usage {
	literals: string[];
	prefixes: string[];
}

/** The keys of `dict` that `usage` can ask for. */
export function keysFor(usage: Usage, dict: Dict): string[] {
	const literals = new Set(usage.literals);
	return Object.keys(dict).filter(
		(k) => literals.has(k) || usage.prefixes.some((p) => k.startsWith(p))
	);
}

const cache = new Map<string, Dict>();

/** One language's messages for the route `routeId` (SvelteKit's route.id; null: no route). */
export function pageMessages(locale: Locale, routeId: string | null): Dict {
	const all = dictionary(locale);
	const u = usage?.[routeId ?? ''];
	if (!u) return all;
	const key = `${locale} ${routeId}`;
	let dict = cache.get(key);
	if (!dict) {
		dict = Object.fromEntries(keysFor(u, all).map((k) => [k, all[k]]));
		cache.set(key, dict);
	}
	return dict;
}
