// Failed sign-in throttling, kept in the database so that a restart does not reset it.
// Per account: after 5 failures the account is locked for 1 min, doubling per further failure
// (at most 1 h). Per address: the same after 20 failures, so one address cannot sweep accounts.
// Second-factor codes (per user id): as per account, so 6-digit codes cannot be guessed.
// A success clears the account's (or user's) counter but not the address's: otherwise an
// attacker could reset the address counter by signing in to an account of their own.
import { eq } from 'drizzle-orm';
import { loginThrottle } from '../db/schema';
import type { DB } from '../db/connect';

const LIMITS = { email: 5, ip: 20, totp: 5 } as const;
const BASE_LOCK_MS = 60_000;
const MAX_LOCK_MS = 60 * 60_000;
// The counter is forgotten after this long without a failure. It must be well above MAX_LOCK_MS:
// with a 1 h window, waiting out a 1 h lock reset the counter and bought 5 fresh attempts.
const WINDOW_MS = 24 * 60 * 60_000;

export type ThrottleKind = keyof typeof LIMITS;

function keyOf(kind: ThrottleKind, value: string): string {
	return `${kind}:${value.toLowerCase()}`;
}

/** Milliseconds until the key may try again, or 0. */
export function lockRemaining(db: DB, kind: ThrottleKind, value: string, now: Date): number {
	const row = db
		.select()
		.from(loginThrottle)
		.where(eq(loginThrottle.key, keyOf(kind, value)))
		.get();
	if (!row?.lockedUntil) return 0;
	return Math.max(0, row.lockedUntil.getTime() - now.getTime());
}

export function recordFailure(db: DB, kind: ThrottleKind, value: string, now: Date): void {
	const key = keyOf(kind, value);
	const row = db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
	const stale = !row || now.getTime() - row.updatedAt.getTime() > WINDOW_MS;
	const failures = stale ? 1 : row.failures + 1;
	const over = failures - LIMITS[kind];
	const lockedUntil =
		over >= 0 ? new Date(now.getTime() + Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** over)) : null;
	db.insert(loginThrottle)
		.values({ key, failures, lockedUntil, updatedAt: now })
		.onConflictDoUpdate({
			target: loginThrottle.key,
			set: { failures, lockedUntil, updatedAt: now }
		})
		.run();
}

export function clearFailures(db: DB, kind: ThrottleKind, value: string): void {
	db.delete(loginThrottle)
		.where(eq(loginThrottle.key, keyOf(kind, value)))
		.run();
}
