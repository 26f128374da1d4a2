import { describe, expect, it } from 'vitest';
import {
	generateRecoveryCodes,
	hashRecoveryCode,
	parseStoredHashes,
	useRecoveryCode
} from '../../../../src/lib/server/auth/recovery-codes';

describe('recovery codes', () => {
	it('makes 10 distinct codes and stores only their hashes', () => {
		const { codes, hashes } = generateRecoveryCodes();
		expect(codes).toHaveLength(10);
		expect(new Set(codes).size).toBe(10);
		for (const c of codes) expect(c).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
		expect(hashes.join()).not.toContain(codes[0].replace('-', ''));
		expect(hashes[0]).toBe(hashRecoveryCode(codes[0]));
	});

	it('each code works once; spaces, dashes and case do not matter', () => {
		const { codes, hashes } = generateRecoveryCodes();
		const typed = ` ${codes[3].toUpperCase().replace('-', ' ')} `;
		const left = useRecoveryCode(hashes, typed);
		expect(left).toHaveLength(9);
		expect(useRecoveryCode(left!, codes[3])).toBeNull();
		expect(useRecoveryCode(left!, codes[4])).toHaveLength(8);
	});

	it('refuses unknown or malformed codes and survives a broken stored list', () => {
		const { hashes } = generateRecoveryCodes();
		expect(useRecoveryCode(hashes, 'aaaaa-aaaaa')).toBeNull();
		expect(useRecoveryCode(hashes, '123456')).toBeNull();
		expect(parseStoredHashes('not json')).toEqual([]);
		expect(parseStoredHashes(null)).toEqual([]);
	});
});
