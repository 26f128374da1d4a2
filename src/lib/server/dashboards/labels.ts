// Bilingual labels for server-built tables, read straight from the dashboards' message file so
// that this works outside Vite too (seed scripts, the benchmark).
import messages from '../../i18n/messages/dashboards';
import type { Bilingual } from '../../dash-table';

type Key = keyof (typeof messages)['en'];

export function bi(key: Key): Bilingual {
	return { az: messages.az[key], en: messages.en[key] };
}

export function yearLabel(years: number[]): Bilingual {
	const text = years.length === 1 ? `${years[0]}` : `${years[0]}–${years[years.length - 1]}`;
	return { az: text, en: text };
}
