// One-time recovery codes for when the authenticator is lost. Each code has 50 random bits, so
// an unsalted SHA-256 is enough to keep the stored list useless to a reader of the database.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

export const RECOVERY_CODE_COUNT = 10;

/** Lower-case, without spaces or dashes: what the user typed, as it was generated. */
export function normalizeRecoveryCode(code: string): string {
	return code.toLowerCase().replace(/[\s-]/g, '');
}

export function hashRecoveryCode(code: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(normalizeRecoveryCode(code))));
}

/** Codes as shown to the user (`abcde-fghij`) and their hashes as stored. */
export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): {
	codes: string[];
	hashes: string[];
} {
	const codes: string[] = [];
	for (let i = 0; i < count; i++) {
		const bytes = new Uint8Array(7);
		crypto.getRandomValues(bytes);
		const s = encodeBase32LowerCaseNoPadding(bytes).slice(0, 10);
		codes.push(`${s.slice(0, 5)}-${s.slice(5)}`);
	}
	return { codes, hashes: codes.map(hashRecoveryCode) };
}

export function parseStoredHashes(json: string | null): string[] {
	if (!json) return [];
	try {
		const v = JSON.parse(json);
		return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
	} catch {
		return [];
	}
}

/** The remaining hashes once `code` is used, or null when it is not one of them. */
export function useRecoveryCode(stored: string[], code: string): string[] | null {
	const normalized = normalizeRecoveryCode(code);
	if (!/^[a-z2-7]{10}$/.test(normalized)) return null;
	const h = hashRecoveryCode(normalized);
	const i = stored.indexOf(h);
	if (i < 0) return null;
	return [...stored.slice(0, i), ...stored.slice(i + 1)];
}
