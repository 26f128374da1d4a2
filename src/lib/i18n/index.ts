// Component-side i18n: `t()` reads the current page's locale. Server code uses ./core.
import { page } from '$app/state';
import { DEFAULT_LOCALE, isLocale, translate, type Locale } from './core';

export * from './core';

/** The current page's locale (set by the root layout from the user's choice). */
export function currentLocale(): Locale {
	const l = page.data?.locale;
	return isLocale(l) ? l : DEFAULT_LOCALE;
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
