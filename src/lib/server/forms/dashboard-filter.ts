// The dashboards' GET filter (plan, years, aim, institution, period). A filter is never an error:
// a value that is missing, malformed or out of range falls back to its default.

export interface DashboardFilter {
	planId: number | null;
	fromYear: number | null;
	toYear: number | null;
	aim: number | null;
	institutionId: number | null;
	periodId: number | null;
}

function positiveInt(v: string | null): number | null {
	if (v === null || !/^\d{1,9}$/.test(v.trim())) return null;
	const n = Number(v);
	return n > 0 ? n : null;
}

export function parseDashboardFilter(params: URLSearchParams): DashboardFilter {
	const year = (v: string | null) => {
		const n = positiveInt(v);
		return n !== null && n >= 1990 && n <= 2100 ? n : null;
	};
	return {
		planId: positiveInt(params.get('plan')),
		fromYear: year(params.get('from')),
		toYear: year(params.get('to')),
		aim: positiveInt(params.get('aim')),
		institutionId: positiveInt(params.get('institution')),
		periodId: positiveInt(params.get('period'))
	};
}

/** Clamps a from–to choice into the years available (swapping a reversed range). */
export function clampYears(
	f: Pick<DashboardFilter, 'fromYear' | 'toYear'>,
	years: number[]
): { from: number; to: number } | null {
	if (years.length === 0) return null;
	const lo = years[0];
	const hi = years[years.length - 1];
	const clamp = (y: number) => Math.min(hi, Math.max(lo, y));
	let from = clamp(f.fromYear ?? lo);
	let to = clamp(f.toYear ?? hi);
	if (from > to) [from, to] = [to, from];
	return { from, to };
}

/** The filter as a query string (for export links that carry the same selection). */
export function filterQuery(
	f: Partial<Record<'plan' | 'from' | 'to' | 'aim' | 'institution' | 'period', number | null>>
): string {
	const q = new URLSearchParams();
	for (const [k, v] of Object.entries(f)) if (v !== null && v !== undefined) q.set(k, String(v));
	const s = q.toString();
	return s ? `?${s}` : '';
}
