// What a statistics metric counts. The labels are messages `unit.<code>` (dashboards bundle);
// shared by server and browser code. Money is held in whole units of its currency (AZN: manats,
// as the national report publishes amounts), so every figure stays an integer.
import { formatNumber } from './format';
import type { Locale } from './i18n/locales';

export const STAT_UNITS = [
	'count',
	'persons',
	'cases',
	'crimes',
	'services',
	'calls',
	'groups',
	'azn'
] as const;
export type StatUnit = (typeof STAT_UNITS)[number];

export function isStatUnit(s: string): s is StatUnit {
	return (STAT_UNITS as readonly string[]).includes(s);
}

/** Units that are amounts of money (a currency), not counts. */
export function isMoney(unit: string): boolean {
	return unit === 'azn';
}

/** The message key of a unit's name. */
export function unitKey(unit: string): string {
	return `unit.${isStatUnit(unit) ? unit : 'count'}`;
}

/**
 * A figure with its unit, as a reader writes it: "150 530 AZN" / "150 530 manat", "94 persons".
 * A plain count ('count') is shown as the number alone.
 */
export function formatFigure(n: number, unit: string, unitLabel: string, locale: Locale): string {
	const num = formatNumber(n, locale);
	return unit === 'count' ? num : `${num} ${unitLabel}`;
}
