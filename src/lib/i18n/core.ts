// Bilingual strings. Each file in ./messages exports `{ en: {...}, az: {...} }` for one area of
// the app; they are merged here, so features add strings without touching a shared file.
// Server code returns message *keys* (e.g. form errors), pages translate them.
// Why not Paraglide: its inlang project loads plugins from a CDN at compile time, which this
// project's machines cannot reach; a typed dictionary does the same job offline.
// This module (every message, both languages) is for the server and tests. A page gets, as data
// from the root layout, only the messages its route can show in its language
// (src/lib/server/page-messages.ts), so that no page ships the whole dictionary.

import { fill, type Locale } from './locales';

export * from './locales';

type Dict = Record<string, string>;
type Bundle = { en: Dict; az: Dict };

const modules = import.meta.glob<{ default: Bundle }>('./messages/*.ts', { eager: true });

export const messages: Record<Locale, Dict> = { az: {}, en: {} };
for (const mod of Object.values(modules)) {
	Object.assign(messages.az, mod.default.az);
	Object.assign(messages.en, mod.default.en);
}

/** Translate `key` into `locale`, filling `{name}` placeholders from `params`. */
export function translate(
	locale: Locale,
	key: string,
	params?: Record<string, string | number>
): string {
	return fill(messages[locale][key] ?? messages.en[key] ?? key, params);
}

/** One language's dictionary, English filling any gap (what the browser receives). */
export function dictionary(locale: Locale): Dict {
	return { ...messages.en, ...messages[locale] };
}

/** For a page's data when it also writes in a language other than its own (see ../i18n). */
export function messagesFor(locale: Locale): Partial<Record<Locale, Dict>> {
	return { [locale]: dictionary(locale) };
}
