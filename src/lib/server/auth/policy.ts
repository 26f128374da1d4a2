import type { Role } from '../db/schema';

// Roles that see everything (or can change everyone's data) must use a second factor.
export const TWO_FACTOR_REQUIRED_ROLES: readonly Role[] = ['admin', 'reviewer'];

export function requiresTwoFactor(role: Role): boolean {
	return TWO_FACTOR_REQUIRED_ROLES.includes(role);
}

export const MAX_PASSWORD_LENGTH = 256;
