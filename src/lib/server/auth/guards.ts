// Every load, action and endpoint calls one of these: layout loads do not run for actions.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import type { Role } from '../db/schema';
import type { Session, SessionUser } from './session';

type Event = Pick<RequestEvent, 'locals' | 'url'>;

const TWO_FACTOR_ROLES: Role[] = ['admin', 'reviewer'];

export function isDemoMode(): boolean {
	return env.DEMO_MODE === '1' || env.DEMO_MODE === 'true';
}

/** What still stands between a signed-in user and the app: nothing, enrolment or the code. */
export function twoFactorStep(user: SessionUser, session: Session): 'none' | 'setup' | 'verify' {
	if (session.twoFactorVerified) return 'none';
	if (user.totpEnabled) return 'verify';
	if (!TWO_FACTOR_ROLES.includes(user.role)) return 'none';
	if (user.isDemo && isDemoMode()) return 'none';
	return 'setup';
}

export function requireUser(event: Event): SessionUser {
	const { user, session } = event.locals;
	if (user === null || session === null) {
		const next = event.url.pathname + event.url.search;
		redirect(303, `/login?next=${encodeURIComponent(next)}`);
	}
	const step = twoFactorStep(user, session);
	if (step === 'setup') redirect(303, '/2fa/setup');
	if (step === 'verify') redirect(303, '/2fa');
	return user;
}

export function requireRole(event: Event, ...roles: Role[]): SessionUser {
	const user = requireUser(event);
	if (!roles.includes(user.role)) error(403, { message: 'forbidden' });
	return user;
}

/** Admins and reviewers see every institution; a focal point only its own; donors none. */
export function canAccessInstitution(user: SessionUser, institutionId: number): boolean {
	if (user.role === 'admin' || user.role === 'reviewer') return true;
	return user.role === 'focal_point' && user.institutionId === institutionId;
}

export function requireInstitution(event: Event, institutionId: number): SessionUser {
	const user = requireUser(event);
	if (!canAccessInstitution(user, institutionId)) error(403, { message: 'forbidden' });
	return user;
}
