// Locales and placeholder filling: the part of i18n both the server (./core, which holds every
// message) and the browser (./index, which reads the page's dictionary) need.
export const LOCALES = ['az', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'az';

export function isLocale(v: unknown): v is Locale {
	return v === 'az' || v === 'en';
}

/** Fills `{name}` placeholders from `params`, leaving unknown ones as they are. */
export function fill(template: string, params?: Record<string, string | number>): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (m, name) =>
		params[name] === undefined ? m : String(params[name])
	);
}
