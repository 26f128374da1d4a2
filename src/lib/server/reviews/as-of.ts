// "As of a date" means up to the end of that day in Baku (UTC+4, no daylight saving since 2016):
// a report approved at 22:00 UTC on 3 October was approved on 4 October for the people in Baku.
const BAKU_OFFSET = '+04:00';

/** The last millisecond of `isoDate` in Baku. */
export function endOfDay(isoDate: string): Date {
	return new Date(Date.parse(`${isoDate}T23:59:59.999${BAKU_OFFSET}`));
}
