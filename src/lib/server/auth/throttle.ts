// Failed-attempt throttling, kept in the database so that a restart does not reset it. Each kind
// lets `free` failures pass without a wait; the next one makes the key wait `baseMs`, doubling
// per further failure up to `maxMs`. A wait is a delay, never a lock that outlasts it, and no one can impose it on another:
// - pair (account + address), for sign-in: the owner signing in from another address is not
//   slowed by someone guessing their password from here (the old per-account lock let anyone
//   lock anyone out with 5 wrong passwords);
// - ip (address), for sign-in: one address cannot sweep many accounts. The limit is high because
//   an office behind one NAT shares it, and the address is the client's only when the proxy's
//   header is configured (ADDRESS_HEADER / XFF_DEPTH, see the README): otherwise every user
//   shares the proxy's address;
// - user (account), for re-entering the current password on the account page (signed in only);
// - totp (user id), for second-factor codes, reached only with the right password.
// A success clears the pair's (or user's) counter but not the address's: otherwise an attacker
// could reset the address counter by signing in to an account of their own.
import { eq } from 'drizzle-orm';
import { loginThrottle } from '../db/schema';
import type { DB } from '../db/connect';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const RULES = {
	pair: { free: 3, baseMs: 2 * SECOND, maxMs: 15 * MINUTE },
	ip: { free: 30, baseMs: 2 * SECOND, maxMs: 15 * MINUTE },
	user: { free: 4, baseMs: MINUTE, maxMs: 60 * MINUTE },
	totp: { free: 4, baseMs: MINUTE, maxMs: 60 * MINUTE }
} as const;
// The counter is forgotten after this long without a failure. It must be well above every MAX:
// with a 1 h window, waiting out a 1 h wait reset the counter and bought fresh attempts.
const WINDOW_MS = 24 * 60 * MINUTE;

export type ThrottleKind = keyof typeof RULES;

export function pairKey(email: string, address: string): string {
	return `${email}|${address}`;
}

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

/** Counts a failure; returns the wait it imposes from now on (0 while failures are free). */
export function recordFailure(db: DB, kind: ThrottleKind, value: string, now: Date): number {
	const key = keyOf(kind, value);
	const rule = RULES[kind];
	const row = db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
	const stale = !row || now.getTime() - row.updatedAt.getTime() > WINDOW_MS;
	const failures = stale ? 1 : row.failures + 1;
	const over = failures - rule.free - 1;
	const waitMs = over >= 0 ? Math.min(rule.maxMs, rule.baseMs * 2 ** Math.min(over, 30)) : 0;
	const lockedUntil = waitMs > 0 ? new Date(now.getTime() + waitMs) : null;
	db.insert(loginThrottle)
		.values({ key, failures, lockedUntil, updatedAt: now })
		.onConflictDoUpdate({
			target: loginThrottle.key,
			set: { failures, lockedUntil, updatedAt: now }
		})
		.run();
	return waitMs;
}

export function clearFailures(db: DB, kind: ThrottleKind, value: string): void {
	db.delete(loginThrottle)
		.where(eq(loginThrottle.key, keyOf(kind, value)))
		.run();
}
