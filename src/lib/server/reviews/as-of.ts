// "As of a date" means up to the end of that day in Baku (UTC+4, no daylight saving since 2016):
// a report approved at 22:00 UTC on 3 October was approved on 4 October for the people in Baku.
const BAKU_OFFSET = '+04:00';

export function isIsoDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The last millisecond of `isoDate` in Baku. */
export function endOfDay(isoDate: string): Date {
	return new Date(Date.parse(`${isoDate}T23:59:59.999${BAKU_OFFSET}`));
}

/** The calendar date in Baku of an instant. */
export function bakuDate(at: Date): string {
	return new Date(at.getTime() + 4 * 3600_000).toISOString().slice(0, 10);
}
