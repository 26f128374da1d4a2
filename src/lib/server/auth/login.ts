import { getUserByEmail } from '../users';
import { hashPassword, verifyPassword } from './password';
import { clearFailures, lockRemaining, recordFailure } from './throttle';
import type { DB } from '../db/connect';

export type LoginResult =
	| { ok: true; userId: number }
	| { ok: false; error: 'auth.invalid' | 'auth.locked'; retryAfterMs?: number };

// a real hash to verify against when the account does not exist, so that timing does not tell
let dummyHash: Promise<string> | null = null;

export async function authenticate(
	db: DB,
	email: string,
	password: string,
	address: string,
	now: Date = new Date()
): Promise<LoginResult> {
	const wait = Math.max(
		lockRemaining(db, 'email', email, now),
		lockRemaining(db, 'ip', address, now)
	);
	if (wait > 0) return { ok: false, error: 'auth.locked', retryAfterMs: wait };

	const found = getUserByEmail(db, email);
	dummyHash ??= hashPassword('not-a-real-password');
	const valid =
		found?.passwordHash != null
			? await verifyPassword(found.passwordHash, password)
			: (await verifyPassword(await dummyHash, password), false);

	if (!found || !valid || found.disabled) {
		recordFailure(db, 'email', email, now);
		recordFailure(db, 'ip', address, now);
		return { ok: false, error: 'auth.invalid' };
	}
	clearFailures(db, 'email', email);
	return { ok: true, userId: found.id };
}
