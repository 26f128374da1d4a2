import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriod } from '../../../src/lib/server/plan-import/period';

const plan = { startYear: 2020, endYear: 2024 };

describe('parsePeriod', () => {
	it.each([
		['2020-2022', 2020, 2022],
		['2020–2024', 2020, 2024],
		['2020 — 2021', 2020, 2021],
		['2021', 2021, 2021],
		['2020-2022-ci illər', 2020, 2022],
		['2021-ci il', 2021, 2021],
		['2023-2024 years', 2023, 2024],
		['daimi', 2020, 2024],
		['DAİMİ', 2020, 2024],
		['Mütəmadi olaraq', 2020, 2024],
		['permanent', 2020, 2024],
		['Ongoing', 2020, 2024]
	])('reads %s', (raw, start, end) => {
		expect(parsePeriod(raw, plan)).toEqual({ ok: true, startYear: start, endYear: end });
	});

	it('takes an empty cell as "not known"', () => {
		expect(parsePeriod('', plan)).toEqual({ ok: true, startYear: null, endYear: null });
		expect(parsePeriod(undefined, plan)).toEqual({ ok: true, startYear: null, endYear: null });
	});

	it('refuses impossible years with a reason', () => {
		expect(parsePeriod('2022-2020', plan)).toMatchObject({
			ok: false,
			key: 'plan_import.error.period_reversed'
		});
		expect(parsePeriod('2019-2021', plan)).toMatchObject({
			ok: false,
			key: 'plan_import.error.period_outside'
		});
		expect(parsePeriod('2025', plan)).toMatchObject({
			ok: false,
			key: 'plan_import.error.period_outside'
		});
		expect(parsePeriod('soon', plan)).toMatchObject({
			ok: false,
			key: 'plan_import.error.period_invalid'
		});
		expect(parsePeriod('20-22', plan)).toMatchObject({
			ok: false,
			key: 'plan_import.error.period_invalid'
		});
	});

	it('formats back', () => {
		expect(formatPeriod(2020, 2022)).toBe('2020–2022');
		expect(formatPeriod(2021, 2021)).toBe('2021');
		expect(formatPeriod(null, null)).toBe('');
	});
});
