// Component-side i18n: `t()` reads the current page's locale and messages. The messages come with
// the page's data (src/routes/+layout.server.ts): only those the route's code can ask for, in the
// page's language (src/lib/server/page-messages.ts). Server code uses ./core.
import { page } from '$app/state';
import { DEFAULT_LOCALE, fill, isLocale, type Locale } from './locales';

export * from './locales';

type Dict = Record<string, string>;

/** The current page's locale (set by the root layout from the user's choice). */
export function currentLocale(): Locale {
	const l = page.data?.locale;
	return isLocale(l) ? l : DEFAULT_LOCALE;
}

/**
 * Translate into `locale`. The page's own language is always there; a page that also writes in
 * the other language (e.g. a pack printed in Azerbaijani for an English reader) puts that
 * dictionary into its data as `messagesFor: { az: … }` (see `messagesFor` in ./core).
 */
export function translate(
	locale: Locale,
	key: string,
	params?: Record<string, string | number>
): string {
	const data = page.data as
		{ messages?: Dict; messagesFor?: Partial<Record<Locale, Dict>> } | undefined;
	const dict =
		data?.messagesFor?.[locale] ??
		(locale === currentLocale() ? data?.messages : undefined) ??
		data?.messages;
	return fill(dict?.[key] ?? key, params);
}

/** Translate in the current page's language; reactive inside components. */
export function t(key: string, params?: Record<string, string | number>): string {
	return translate(currentLocale(), key, params);
}

/** Pick the Azerbaijani or English column of a bilingual record, marking a missing one. */
export function pick(
	az: string | null | undefined,
	en: string | null | undefined,
	locale: Locale = currentLocale()
): string {
	// an empty text is a missing one too
	const preferred = locale === 'az' ? az : en;
	return preferred || (locale === 'az' ? en : az) || '';
}
