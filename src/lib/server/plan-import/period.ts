// The Period column: "2020-2022", "2020–2024", "2021", "2020-2022-ci illər", "2021-ci il",
// or words meaning "throughout the plan" (daim, mütəmadi, permanent, ongoing …).
import { foldForSearch } from '../../text';

export type PeriodResult =
	| { ok: true; startYear: number | null; endYear: number | null }
	| { ok: false; key: string; params?: Record<string, string | number> };

// folded (ə→e, ı→i, ü→u …) so that "Daimi", "DAİMİ" and "daimi" all match
const WHOLE_PLAN =
	/^(daim|daimi|daima|mutemadi|mutemadi olaraq|muntezem|her il|permanent|permanently|ongoing|continuous|continuously|regularly|annually|every year|throughout)$/;

export function parsePeriod(
	raw: string | undefined,
	plan: { startYear: number; endYear: number }
): PeriodResult {
	const text = foldForSearch(raw ?? '').replace(/[.;]+$/, '');
	if (text === '') return { ok: true, startYear: null, endYear: null };
	if (WHOLE_PLAN.test(text)) return { ok: true, startYear: plan.startYear, endYear: plan.endYear };
	// years with an optional Azerbaijani suffix (-ci il, -cü illər) or English "year(s)"
	const m = text.match(
		/^(\d{4})(?:\s*[-–—]\s*(\d{4}))?(?:\s*-?\s*(?:ci|cu))?(?:\s*(?:il|iller|illerde|year|years))?(?:\s+(?:erzinde|boyu|during))?$/
	);
	if (!m)
		return { ok: false, key: 'plan_import.error.period_invalid', params: { value: raw ?? '' } };
	const start = Number(m[1]);
	const end = m[2] ? Number(m[2]) : start;
	if (end < start)
		return { ok: false, key: 'plan_import.error.period_reversed', params: { start, end } };
	if (start < plan.startYear || end > plan.endYear)
		return {
			ok: false,
			key: 'plan_import.error.period_outside',
			params: { value: raw ?? '', start: plan.startYear, end: plan.endYear }
		};
	return { ok: true, startYear: start, endYear: end };
}

export { formatPeriod } from '../../plan-display';
