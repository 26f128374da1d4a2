// Bilingual labels for server-built tables, read straight from the dashboards' message file so
// that this works outside Vite too (seed scripts, the benchmark).
import messages from '../../i18n/messages/dashboards';
import { summarizeTable } from '../../charts';
import { formatDate } from '../../format';
import type { Bilingual, DashTable } from '../../safe-table';

type Key = keyof (typeof messages)['en'];

export function bi(key: Key): Bilingual {
	return { az: messages.az[key], en: messages.en[key] };
}

export function yearLabel(years: number[]): Bilingual {
	const text = years.length === 1 ? `${years[0]}` : `${years[0]}–${years[years.length - 1]}`;
	return { az: text, en: text };
}

/** A date in both languages, formatted here so that pages need no date library in the browser. */
export function dateText(iso: string | null): Bilingual | null {
	return iso === null ? null : { az: formatDate(iso, 'az'), en: formatDate(iso, 'en') };
}

function translateDash(
	locale: 'az' | 'en',
	key: string,
	params?: Record<string, string | number>
): string {
	const template = (messages[locale] as Record<string, string>)[key] ?? key;
	return template.replace(/\{(\w+)\}/g, (m, name) =>
		params?.[name] === undefined ? m : String(params[name])
	);
}

/** Adds each table's one-line summary in both languages (so the browser needs no summariser). */
export function withSummaries(tables: DashTable[]): DashTable[] {
	return tables.map((t) => ({
		...t,
		summary: {
			az: summarizeTable(t, 'az', (k, p) => translateDash('az', k, p)),
			en: summarizeTable(t, 'en', (k, p) => translateDash('en', k, p))
		}
	}));
}
