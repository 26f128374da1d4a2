import { getUserByEmail } from '../users';
import { recordSecurityEvent } from '../security-events';
import { hashPassword, verifyPassword } from './password';
import { clearFailures, lockRemaining, pairKey, recordFailure } from './throttle';
import type { DB } from '../db/connect';

export type LoginResult =
	| { ok: true; userId: number }
	| { ok: false; error: 'auth.invalid' | 'auth.locked'; retryAfterMs?: number };

// a real hash to verify against when the account does not exist, so that timing does not tell
let dummyHash: Promise<string> | null = null;

/**
 * Checks a sign-in under the throttle (auth/throttle.ts: per account-and-address pair and per
 * address, delays rather than locks) and records it as a security event.
 */
export async function authenticate(
	db: DB,
	email: string,
	password: string,
	address: string,
	now: Date = new Date()
): Promise<LoginResult> {
	const pair = pairKey(email, address);
	const wait = Math.max(
		lockRemaining(db, 'pair', pair, now),
		lockRemaining(db, 'ip', address, now)
	);
	if (wait > 0) {
		recordSecurityEvent(db, 'sign_in_throttled', null, { email, waitMs: wait }, now);
		return { ok: false, error: 'auth.locked', retryAfterMs: wait };
	}

	const found = getUserByEmail(db, email);
	dummyHash ??= hashPassword('not-a-real-password');
	const valid =
		found?.passwordHash != null
			? await verifyPassword(found.passwordHash, password)
			: (await verifyPassword(await dummyHash, password), false);

	if (!found || !valid || found.disabled) {
		const waitMs = Math.max(
			recordFailure(db, 'pair', pair, now),
			recordFailure(db, 'ip', address, now)
		);
		const actor = found ? { id: found.id, role: found.role } : null;
		recordSecurityEvent(db, 'sign_in_failed', actor, { email, waitMs }, now);
		return { ok: false, error: 'auth.invalid' };
	}
	clearFailures(db, 'pair', pair);
	recordSecurityEvent(db, 'sign_in', { id: found.id, role: found.role }, { email }, now);
	return { ok: true, userId: found.id };
}
