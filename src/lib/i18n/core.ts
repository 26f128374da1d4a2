// Bilingual strings. Each file in ./messages exports `{ en: {...}, az: {...} }` for one area of
// the app; they are merged here, so features add strings without touching a shared file.
// Server code returns message *keys* (e.g. form errors), pages translate them.
// Why not Paraglide: its inlang project loads plugins from a CDN at compile time, which this
// project's machines cannot reach; a typed dictionary does the same job offline.

export const LOCALES = ['az', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'az';

type Dict = Record<string, string>;
type Bundle = { en: Dict; az: Dict };

const modules = import.meta.glob<{ default: Bundle }>('./messages/*.ts', { eager: true });

export const messages: Record<Locale, Dict> = { az: {}, en: {} };
for (const mod of Object.values(modules)) {
	Object.assign(messages.az, mod.default.az);
	Object.assign(messages.en, mod.default.en);
}

export function isLocale(v: unknown): v is Locale {
	return v === 'az' || v === 'en';
}

/** Translate `key` into `locale`, filling `{name}` placeholders from `params`. */
export function translate(
	locale: Locale,
	key: string,
	params?: Record<string, string | number>
): string {
	const template = messages[locale][key] ?? messages.en[key] ?? key;
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (m, name) =>
		params[name] === undefined ? m : String(params[name])
	);
}
