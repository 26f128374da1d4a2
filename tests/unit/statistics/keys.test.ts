import { describe, expect, it } from 'vitest';
import {
	canonicalKey,
	formatKey,
	isProperAncestor,
	parseKey,
	withPart
} from '../../../src/lib/server/statistics/keys';

describe('category keys', () => {
	it('sorts parts by dimension code and treats the empty key as the total', () => {
		expect(formatKey({ sex: 'female', exploitation: 'sexual' })).toBe(
			'exploitation=sexual;sex=female'
		);
		expect(canonicalKey(' sex = female ; age=child')).toBe('age=child;sex=female');
		expect(canonicalKey('')).toBe('');
	});

	it('rejects malformed keys and repeated dimensions', () => {
		expect(parseKey('sex')).toBeNull();
		expect(parseKey('sex=female;sex=male')).toBeNull();
		expect(parseKey('sex=fe male')).toBeNull();
		expect(parseKey('sex=female|x')).toBeNull();
	});

	it('adds a part and knows ancestors', () => {
		expect(withPart('sex=female', 'age', 'child')).toBe('age=child;sex=female');
		expect(isProperAncestor('', 'sex=female')).toBe(true);
		expect(isProperAncestor('sex=female', 'age=child;sex=female')).toBe(true);
		expect(isProperAncestor('sex=male', 'age=child;sex=female')).toBe(false);
		expect(isProperAncestor('sex=female', 'sex=female')).toBe(false);
	});
});
