import { describe, expect, it } from 'vitest';
import { addDaysIso, bakuDay, isIsoDate, parseIsoDate, today } from '../../src/lib/dates';

describe('today in Baku', () => {
	it('is already tomorrow in Baku late in the UTC evening', () => {
		expect(today(new Date('2024-06-30T19:59:59Z'))).toBe('2024-06-30');
		expect(today(new Date('2024-06-30T20:00:00Z'))).toBe('2024-07-01');
		expect(today(new Date('2024-12-31T21:30:00Z'))).toBe('2025-01-01');
	});

	it('follows the zone rules, not a fixed offset (Baku kept summer time until 2015)', () => {
		expect(bakuDay(new Date('2010-06-30T19:30:00Z'))).toBe('2010-07-01');
		expect(bakuDay(new Date('2010-12-31T19:30:00Z'))).toBe('2010-12-31');
	});
});

describe('the date parser', () => {
	it('accepts real calendar dates', () => {
		for (const d of ['2024-02-29', '2023-12-31', '2000-02-29', '2024-01-01'])
			expect(parseIsoDate(d)).toBe(d);
	});

	it('refuses impossible dates and other shapes', () => {
		for (const d of [
			'2024-02-31',
			'2023-02-29',
			'1900-02-29',
			'2024-04-31',
			'2024-13-01',
			'2024-00-10',
			'2024-1-5',
			'05/01/2024',
			'2024-01-01T00:00',
			' 2024-01-01',
			''
		]) {
			expect(parseIsoDate(d)).toBeNull();
			expect(isIsoDate(d)).toBe(false);
		}
		expect(parseIsoDate(null)).toBeNull();
	});

	it('adds calendar days across months and leap days', () => {
		expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDaysIso('2024-03-01', -1)).toBe('2024-02-29');
		expect(addDaysIso('2023-12-25', 7)).toBe('2024-01-01');
	});
});
