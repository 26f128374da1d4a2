import type { RequestEvent } from '@sveltejs/kit';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/core';

export const LOCALE_COOKIE = 'nap-lang';

/** The signed-in user's choice, else the cookie, else the browser's preference, else az. */
export function resolveLocale(event: Pick<RequestEvent, 'locals' | 'cookies' | 'request'>): Locale {
	if (event.locals.user) return event.locals.user.locale;
	const cookie = event.cookies.get(LOCALE_COOKIE);
	if (isLocale(cookie)) return cookie;
	const header = event.request.headers.get('accept-language') ?? '';
	for (const part of header.split(',')) {
		const tag = part.split(';')[0].trim().slice(0, 2).toLowerCase();
		if (isLocale(tag)) return tag;
	}
	return DEFAULT_LOCALE;
}
