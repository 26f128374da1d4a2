import { describe, expect, it } from 'vitest';
import { emptyCells, emptyConfirmed } from '../../../src/lib/server/forms/stat-submit-form';

describe('the statistics submit question', () => {
	it('counts the cells with neither a value nor "not available"', () => {
		const f = new FormData();
		f.set('v|cases|', '3');
		f.set('v|cases|sex=f', ' ');
		f.set('v|cases|sex=m', '');
		f.set('na|cases|sex=m', 'on');
		f.set('v|victims|', '');
		const metrics = [
			{ code: 'cases', layout: [{ key: '' }, { key: 'sex=f' }, { key: 'sex=m' }] },
			// a cell not in the form (read-only or another page) is not counted
			{ code: 'victims', layout: [{ key: '' }, { key: 'age=child' }] }
		] as unknown as Parameters<typeof emptyCells>[1];
		expect(emptyCells(f, metrics)).toEqual({ empty: 2, total: 4 });
		expect(emptyConfirmed(f)).toBe(false);
		f.set('confirmEmpty', 'yes');
		expect(emptyConfirmed(f)).toBe(true);
	});
});
