// Every load, action and endpoint calls one of these: layout loads do not run for actions.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { requiresTwoFactor } from './policy';
import { currentRequest } from '../request-context';
import type { Role } from '../db/schema';
import type { Session, SessionUser } from './session';

type Event = Pick<RequestEvent, 'locals' | 'url'>;

export function isDemoMode(): boolean {
	return env.DEMO_MODE === '1' || env.DEMO_MODE === 'true';
}

/** What still stands between a signed-in user and the app: nothing, enrolment or the code. */
export function twoFactorStep(user: SessionUser, session: Session): 'none' | 'setup' | 'verify' {
	if (session.twoFactorVerified) return 'none';
	if (user.totpEnabled) return 'verify';
	if (!requiresTwoFactor(user.role)) return 'none';
	if (user.isDemo && isDemoMode()) return 'none';
	return 'setup';
}

/** A signed-in user who may still owe the second factor (for the /2fa pages only). */
export function requireSession(event: Event): { user: SessionUser; session: Session } {
	const { user, session } = event.locals;
	if (user === null || session === null) {
		const next = event.url.pathname + event.url.search;
		redirect(303, `/login?next=${encodeURIComponent(next)}`);
	}
	return { user, session };
}

export function requireUser(event: Event): SessionUser {
	const { user, session } = requireSession(event);
	const step = twoFactorStep(user, session);
	if (step !== 'none') {
		const next = encodeURIComponent(event.url.pathname + event.url.search);
		redirect(303, `${step === 'setup' ? '/2fa/setup' : '/2fa'}?next=${next}`);
	}
	return user;
}

/** Refuses with 403; the refusal is recorded as a security event (security-hook.ts). */
export function forbidden(): never {
	const request = currentRequest();
	if (request) request.denied = 'forbidden';
	error(403, { message: 'forbidden' });
}

export function requireRole(event: Event, ...roles: Role[]): SessionUser {
	const user = requireUser(event);
	if (!roles.includes(user.role)) forbidden();
	return user;
}

/** Admins and reviewers see every institution; a focal point only its own; donors none. */
export function canAccessInstitution(user: SessionUser, institutionId: number): boolean {
	if (user.role === 'admin' || user.role === 'reviewer') return true;
	return user.role === 'focal_point' && user.institutionId === institutionId;
}

export function requireInstitution(event: Event, institutionId: number): SessionUser {
	const user = requireUser(event);
	if (!canAccessInstitution(user, institutionId)) forbidden();
	return user;
}
