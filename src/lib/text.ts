// Azerbaijani-aware text handling: sorting, upper-casing and search folding.
const collators = {
	az: new Intl.Collator('az', { sensitivity: 'base', numeric: true }),
	en: new Intl.Collator('en', { sensitivity: 'base', numeric: true })
};

export function compareText(a: string, b: string, locale: 'az' | 'en' = 'az'): number {
	return collators[locale].compare(a, b);
}

export function upper(s: string, locale: 'az' | 'en' = 'az'): string {
	return s.toLocaleUpperCase(locale === 'az' ? 'az' : 'en');
}

export function lower(s: string, locale: 'az' | 'en' = 'az'): string {
	return s.toLocaleLowerCase(locale === 'az' ? 'az' : 'en');
}

const ASCII_FOLD: Record<string, string> = {
	ə: 'e',
	ı: 'i',
	ö: 'o',
	ü: 'u',
	ş: 's',
	ç: 'c',
	ğ: 'g'
};

/**
 * Folds text for search: Azerbaijani lower-casing (İ → i, I → ı), then the Azerbaijani letters
 * to their Latin look-alikes, so that `İSTİSMAR`, `istismar` and `ISTISMAR` typed on an English
 * keyboard all find each other.
 */
export function foldForSearch(s: string): string {
	return s
		.normalize('NFC')
		.toLocaleLowerCase('az')
		.replace(/[əıöüşçğ]/g, (c) => ASCII_FOLD[c])
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

export function matchesSearch(haystackFolded: string, query: string): boolean {
	const q = foldForSearch(query);
	return q === '' || haystackFolded.includes(q);
}

/** Sort key for codes like 4.1.10 so that it follows 4.1.9. */
export function codeSortKey(code: string): string {
	return code
		.split('.')
		.map((p) => (/^\d+$/.test(p) ? p.padStart(4, '0') : p))
		.join('.');
}
