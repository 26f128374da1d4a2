// Calendar dates. Deadlines, "as of" dates and "today" are days in Baku (Asia/Baku), where the
// institutions work: a report sent at 21:30 UTC on 30 June is sent on 1 July there. Dates travel as
// ISO text ("2024-06-30"), the form they are stored and compared in.

const bakuFormat = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Asia/Baku',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** The calendar date in Baku of an instant. */
export function bakuDay(at: Date): string {
	return bakuFormat.format(at);
}

/** Today in Baku: the day every deadline, due date and exception is compared with. */
export function today(now: Date = new Date()): string {
	return bakuDay(now);
}

/** A real calendar date as YYYY-MM-DD, or null: 2024-02-31 and 2023-02-29 are refused. */
export function parseIsoDate(raw: string | null | undefined): string | null {
	if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return null;
	const d = new Date(`${raw}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === raw ? raw : null;
}

export function isIsoDate(raw: string | null | undefined): raw is string {
	return parseIsoDate(raw) !== null;
}

/** The ISO date `days` calendar days after `iso` (before, when negative). */
export function addDaysIso(iso: string, days: number): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}
