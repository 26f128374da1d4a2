// All date and number formatting goes through here (date-fns with the az and en locales).
import { format, differenceInCalendarDays, parseISO } from 'date-fns';
import { az, enGB } from 'date-fns/locale';
import type { Locale } from './i18n/core';

const dateLocales = { az, en: enGB };

export function formatDate(d: Date | string | number | null | undefined, locale: Locale): string {
	if (d === null || d === undefined || d === '') return '';
	const date = typeof d === 'string' ? parseISO(d) : new Date(d);
	return format(date, 'd MMMM yyyy', { locale: dateLocales[locale] });
}

export function formatDateTime(d: Date | number | null | undefined, locale: Locale): string {
	if (d === null || d === undefined) return '';
	return format(new Date(d), 'd MMM yyyy, HH:mm', { locale: dateLocales[locale] });
}

/** Days from `now` to an ISO date (negative when past). */
export function daysUntil(isoDate: string, now: Date): number {
	return differenceInCalendarDays(parseISO(isoDate), now);
}

export function formatNumber(n: number | null | undefined, locale: Locale): string {
	if (n === null || n === undefined) return '';
	return new Intl.NumberFormat(locale === 'az' ? 'az-Latn-AZ' : 'en-GB').format(n);
}
