import { beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTOTP } from '@oslojs/otp';
import {
	matchTotp,
	totpCodeAt,
	totpCounter,
	generateTotpKey,
	formatSecret
} from '../../../../src/lib/server/auth/totp';
import {
	open,
	seal,
	resetSecretBoxKey,
	keyFilePath
} from '../../../../src/lib/server/auth/secret-box';
import { useTestTotpKey } from '../../../helpers/totp-env';

const t0 = new Date('2024-05-01T10:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('TOTP codes', () => {
	it('agrees with @oslojs/otp generateTOTP for the current time', () => {
		const key = generateTotpKey();
		// repeat if the two calls happened to straddle a 30 s boundary
		for (let i = 0; i < 3; i++) {
			const before = new Date();
			const theirs = generateTOTP(key, 30, 6);
			if (totpCounter(before) !== totpCounter(new Date())) continue;
			expect(totpCodeAt(key, before)).toBe(theirs);
			return;
		}
		throw new Error('clock kept crossing step boundaries');
	});

	it('accepts the current step and one either side, not two away', () => {
		const key = generateTotpKey();
		const code = totpCodeAt(key, t0);
		expect(matchTotp(key, code, t0, null)).toBe(totpCounter(t0));
		expect(matchTotp(key, code, at(30), null)).toBe(totpCounter(t0));
		expect(matchTotp(key, code, at(-30), null)).toBe(totpCounter(t0));
		expect(matchTotp(key, code, at(61), null)).toBeNull();
		expect(matchTotp(key, code, at(-61), null)).toBeNull();
	});

	it('refuses a wrong or malformed code', () => {
		const key = generateTotpKey();
		const code = totpCodeAt(key, t0);
		const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
		expect(matchTotp(key, wrong, t0, null)).toBeNull();
		expect(matchTotp(key, '12345', t0, null)).toBeNull();
		expect(matchTotp(key, 'abcdef', t0, null)).toBeNull();
		expect(matchTotp(generateTotpKey(), code, t0, null)).toBeNull();
	});

	it('refuses a replay: a code of a step at or before the last accepted one', () => {
		const key = generateTotpKey();
		const code = totpCodeAt(key, t0);
		const step = matchTotp(key, code, t0, null)!;
		expect(matchTotp(key, code, t0, step)).toBeNull();
		// still inside the drift window 20 s later, but already used
		expect(matchTotp(key, code, at(20), step)).toBeNull();
		// the next step's code is fine
		expect(matchTotp(key, totpCodeAt(key, at(30)), at(30), step)).toBe(step + 1);
	});

	it('formats the secret as base32 in groups of four', () => {
		expect(formatSecret(new Uint8Array(20))).toBe('AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA');
	});
});

describe('secret box', () => {
	beforeEach(() => useTestTotpKey());

	it('round-trips, and refuses another place (aad), a tampered box or another key', () => {
		const plain = generateTotpKey();
		const box = seal(plain, 'totp:1');
		expect(Buffer.from(box).includes(Buffer.from(plain))).toBe(false);
		expect(open(box, 'totp:1')).toEqual(plain);
		expect(open(box, 'totp:2')).toBeNull();
		const tampered = Buffer.from(box);
		tampered[tampered.length - 1] ^= 1;
		expect(open(tampered, 'totp:1')).toBeNull();
		useTestTotpKey('22'.repeat(32));
		expect(open(box, 'totp:1')).toBeNull();
	});

	it('without TOTP_ENCRYPTION_KEY, creates a private key file in DATA_DIR once and reuses it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'nap-key-'));
		const saved = { key: process.env.TOTP_ENCRYPTION_KEY, dir: process.env.DATA_DIR };
		delete process.env.TOTP_ENCRYPTION_KEY;
		process.env.DATA_DIR = dir;
		try {
			resetSecretBoxKey();
			const box = seal(new Uint8Array([1, 2, 3]), 'x');
			const path = keyFilePath();
			expect(path).toBe(join(dir, 'totp.key'));
			expect(statSync(path).mode & 0o777).toBe(0o600);
			const content = readFileSync(path, 'utf8');
			resetSecretBoxKey();
			expect(open(box, 'x')).toEqual(new Uint8Array([1, 2, 3]));
			expect(readFileSync(path, 'utf8')).toBe(content);
		} finally {
			for (const [name, value] of [
				['TOTP_ENCRYPTION_KEY', saved.key],
				['DATA_DIR', saved.dir]
			] as const) {
				if (value === undefined) delete process.env[name];
				else process.env[name] = value;
			}
			resetSecretBoxKey();
		}
	});
});
