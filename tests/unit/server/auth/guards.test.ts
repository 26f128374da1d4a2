import { afterEach, describe, expect, it } from 'vitest';
import { env } from '$env/dynamic/private';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import {
	canAccessInstitution,
	requireInstitution,
	requireRole,
	requireUser,
	twoFactorStep
} from '../../../../src/lib/server/auth/guards';
import type { Session, SessionUser } from '../../../../src/lib/server/auth/session';
import type { Role } from '../../../../src/lib/server/db/schema';

const OWN = 7;
const OTHER = 8;
const ROLES: Role[] = ['admin', 'reviewer', 'focal_point', 'donor'];

function event(role: Role | null, o: { verified?: boolean; totp?: boolean; demo?: boolean } = {}) {
	const user: SessionUser | null = role && {
		id: 1,
		email: 'x@test.local',
		name: 'X',
		role,
		locale: 'en',
		institutionId: role === 'focal_point' ? OWN : null,
		totpEnabled: o.totp ?? false,
		isDemo: o.demo ?? false
	};
	const session: Session | null = role && {
		id: 's',
		userId: 1,
		createdAt: new Date(),
		lastVerifiedAt: new Date(),
		twoFactorVerified: o.verified ?? true,
		twoFactorAt: null,
		role
	};
	return {
		locals: { user, session, locale: 'en' as const },
		url: new URL('http://x/some/page?a=1')
	};
}

/** 'ok', 'forbidden', or where it redirects to */
function outcome(fn: () => unknown): string {
	try {
		fn();
		return 'ok';
	} catch (e) {
		if (isRedirect(e)) return e.location;
		if (isHttpError(e) && e.status === 403) return 'forbidden';
		throw e;
	}
}

// what each role may pass: [requireUser, admin only, reviewer|admin, focal_point only, own institution, other institution]
const EXPECTED: Record<Role, string[]> = {
	admin: ['ok', 'ok', 'ok', 'forbidden', 'ok', 'ok'],
	reviewer: ['ok', 'forbidden', 'ok', 'forbidden', 'ok', 'ok'],
	focal_point: ['ok', 'forbidden', 'forbidden', 'ok', 'ok', 'forbidden'],
	donor: ['ok', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden']
};

function allGuards(e: ReturnType<typeof event>): string[] {
	return [
		outcome(() => requireUser(e)),
		outcome(() => requireRole(e, 'admin')),
		outcome(() => requireRole(e, 'reviewer', 'admin')),
		outcome(() => requireRole(e, 'focal_point')),
		outcome(() => requireInstitution(e, OWN)),
		outcome(() => requireInstitution(e, OTHER))
	];
}

describe('guards, each role × each guard', () => {
	const demoMode = env.DEMO_MODE;
	afterEach(() => {
		env.DEMO_MODE = demoMode;
	});

	for (const role of ROLES) {
		it(`${role}`, () => {
			expect(allGuards(event(role))).toEqual(EXPECTED[role]);
		});
	}

	it('signed out: every guard sends to /login with the page to come back to', () => {
		const login = '/login?next=%2Fsome%2Fpage%3Fa%3D1';
		expect(allGuards(event(null))).toEqual(Array(6).fill(login));
	});

	it('admin and reviewer without TOTP must enrol first (not even a 403 before that)', () => {
		for (const role of ['admin', 'reviewer'] as const) {
			const e = event(role, { verified: false });
			expect(allGuards(e)).toEqual(Array(6).fill('/2fa/setup?next=%2Fsome%2Fpage%3Fa%3D1'));
		}
	});

	it('an enrolled user of any role must enter the code before anything', () => {
		for (const role of ROLES) {
			expect(allGuards(event(role, { verified: false, totp: true }))).toEqual(
				Array(6).fill('/2fa?next=%2Fsome%2Fpage%3Fa%3D1')
			);
		}
	});

	it('focal points and donors without TOTP need no second factor', () => {
		expect(outcome(() => requireUser(event('focal_point', { verified: false })))).toBe('ok');
		expect(outcome(() => requireUser(event('donor', { verified: false })))).toBe('ok');
	});

	it('demo admin skips enrolment only while DEMO_MODE=1', () => {
		const e = event('admin', { verified: false, demo: true });
		// in tests $env/dynamic/private is a plain snapshot object
		env.DEMO_MODE = '0';
		expect(twoFactorStep(e.locals.user!, e.locals.session!)).toBe('setup');
		env.DEMO_MODE = '1';
		expect(twoFactorStep(e.locals.user!, e.locals.session!)).toBe('none');
		// a non-demo admin never skips
		const real = event('admin', { verified: false });
		expect(twoFactorStep(real.locals.user!, real.locals.session!)).toBe('setup');
	});

	it('canAccessInstitution: focal point only its own, donor none', () => {
		const fp = event('focal_point').locals.user!;
		expect([canAccessInstitution(fp, OWN), canAccessInstitution(fp, OTHER)]).toEqual([true, false]);
		expect(canAccessInstitution(event('donor').locals.user!, OWN)).toBe(false);
	});
});
