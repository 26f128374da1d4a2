// Display helpers for plan rows, safe for both server and browser code.

/** "2020–2022", "2021", or '' when the period is not known. */
export function formatPeriod(startYear: number | null, endYear: number | null): string {
	if (startYear === null) return '';
	return endYear === null || endYear === startYear ? String(startYear) : `${startYear}–${endYear}`;
}

export type BodyRole = 'lead' | 'co' | 'recommended';

/** An institution executing an action, as the plan pages show it. */
export interface ActionBody {
	institutionId: number;
	code: string;
	nameAz: string;
	nameEn: string;
	role: BodyRole;
}
