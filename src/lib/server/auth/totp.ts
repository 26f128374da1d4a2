// TOTP (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits) on top of @oslojs/otp's HOTP, with `now`
// passed in so that tests can move the clock. A code is accepted for the current step and one
// step either side (clock drift), and never for a step at or before the last one accepted, so
// a code seen over someone's shoulder cannot be replayed.
import { generateHOTP, verifyHOTP, createTOTPKeyURI } from '@oslojs/otp';
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
export const TOTP_ISSUER = 'NAP Tracker';
const DRIFT_STEPS = 1;

export function totpCounter(now: Date): number {
	return Math.floor(now.getTime() / (TOTP_PERIOD_SECONDS * 1000));
}

export function generateTotpKey(): Uint8Array {
	const key = new Uint8Array(20);
	crypto.getRandomValues(key);
	return key;
}

export function totpCodeAt(key: Uint8Array, now: Date): string {
	return generateHOTP(key, BigInt(totpCounter(now)), TOTP_DIGITS);
}

/**
 * The time step the code belongs to, or null when it is wrong, outside the drift window, or
 * not newer than `lastCounter` (a replay).
 */
export function matchTotp(
	key: Uint8Array,
	code: string,
	now: Date,
	lastCounter: number | null
): number | null {
	const otp = code.replace(/\s+/g, '');
	if (!/^\d{6}$/.test(otp)) return null;
	const current = totpCounter(now);
	for (let c = current - DRIFT_STEPS; c <= current + DRIFT_STEPS; c++) {
		if (lastCounter !== null && c <= lastCounter) continue;
		if (verifyHOTP(key, BigInt(c), TOTP_DIGITS, otp)) return c;
	}
	return null;
}

/** The secret as authenticator apps show it, in groups of four for manual entry. */
export function formatSecret(key: Uint8Array): string {
	return encodeBase32UpperCaseNoPadding(key).replace(/(.{4})(?=.)/g, '$1 ');
}

export function totpUri(accountName: string, key: Uint8Array): string {
	return createTOTPKeyURI(TOTP_ISSUER, accountName, key, TOTP_PERIOD_SECONDS, TOTP_DIGITS);
}
