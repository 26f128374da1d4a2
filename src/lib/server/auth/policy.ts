import type { Role } from '../db/schema';

// Roles that see everything (or can change everyone's data) must use a second factor.
export const TWO_FACTOR_REQUIRED_ROLES: readonly Role[] = ['admin', 'reviewer'];

export function requiresTwoFactor(role: Role): boolean {
	return TWO_FACTOR_REQUIRED_ROLES.includes(role);
}

export const MAX_PASSWORD_LENGTH = 256;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface SessionPolicy {
	/** the session ends after this long without a request */
	idleMs: number;
	/** and in any case this long after sign-in */
	absoluteMs: number;
	/** the second factor is asked again this long after it was last given (null: never) */
	secondFactorMs: number | null;
}

// The risk decision (README, "Sessions"): admins and reviewers can read every institution's
// narratives and exact figures and change accounts, so a session left open on a shared office
// computer must not outlive a working day, and an hour's absence ends it. Focal points and
// donors see one institution's or only published figures, and sign in rarely (a few times per
// reporting period): a long session spares them password resets.
export const SESSION_POLICY: Record<Role, SessionPolicy> = {
	admin: { idleMs: 30 * MINUTE, absoluteMs: 12 * HOUR, secondFactorMs: 4 * HOUR },
	reviewer: { idleMs: 30 * MINUTE, absoluteMs: 12 * HOUR, secondFactorMs: 4 * HOUR },
	focal_point: { idleMs: 10 * DAY, absoluteMs: 30 * DAY, secondFactorMs: null },
	donor: { idleMs: 10 * DAY, absoluteMs: 30 * DAY, secondFactorMs: null }
};
