import { describe, expect, it } from 'vitest';
import { isId, parseId } from '../../src/lib/ids';
import { match } from '../../src/params/id';

describe('ids', () => {
	it('accepts positive integers of up to ten digits', () => {
		for (const [raw, id] of [
			['1', 1],
			['42', 42],
			['9999999999', 9999999999]
		] as const) {
			expect(parseId(raw)).toBe(id);
			expect(match(raw)).toBe(true);
		}
	});

	it('rejects everything else, so a route answers 404 instead of asking the database', () => {
		for (const raw of [
			'',
			'0',
			'01',
			'-1',
			'1.5',
			'1e3',
			' 1',
			'1 ',
			'abc',
			'0x10',
			'12345678901'
		]) {
			expect(parseId(raw)).toBeNull();
			expect(isId(raw)).toBe(false);
			expect(match(raw)).toBe(false);
		}
		expect(parseId(null)).toBeNull();
		expect(parseId(undefined)).toBeNull();
	});
});
