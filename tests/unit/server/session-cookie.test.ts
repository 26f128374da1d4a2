import { describe, expect, it } from 'vitest';
import type { Cookies } from '@sveltejs/kit';
import {
	deleteSessionCookie,
	readSessionCookie,
	sessionCookieName,
	sessionExpiry,
	setSessionCookie,
	type Session
} from '../../../src/lib/server/auth/session';

/** Records what the helpers ask of SvelteKit's cookie jar. */
function jar(initial: Record<string, string> = {}) {
	const calls: { op: string; name: string; value?: string; opts: object }[] = [];
	const cookies = {
		get: (name: string) => initial[name],
		set: (name: string, value: string, opts: object) =>
			calls.push({ op: 'set', name, value, opts }),
		delete: (name: string, opts: object) => calls.push({ op: 'delete', name, opts })
	} as unknown as Cookies;
	return { cookies, calls };
}

const now = new Date('2026-01-01T00:00:00Z');
const session: Session = {
	id: 'id',
	userId: 1,
	createdAt: now,
	lastVerifiedAt: now,
	twoFactorVerified: false,
	twoFactorAt: null,
	role: 'focal_point'
};

describe('the session cookie', () => {
	const https = new URL('https://nap.example.az/admin');
	const http = new URL('http://127.0.0.1:4173/admin');

	it('is __Host-, Secure, HttpOnly, Lax and path / under https; plain over http', () => {
		expect(sessionCookieName(https)).toBe('__Host-nap-session');
		expect(sessionCookieName(http)).toBe('nap-session');
		const a = jar();
		setSessionCookie(a.cookies, https, 'tok', session);
		expect(a.calls).toEqual([
			{
				op: 'set',
				name: '__Host-nap-session',
				value: 'tok',
				opts: {
					path: '/',
					httpOnly: true,
					sameSite: 'lax',
					secure: true,
					expires: sessionExpiry(session)
				}
			}
		]);
		const b = jar();
		setSessionCookie(b.cookies, http, 'tok', session);
		expect(b.calls[0]).toMatchObject({ name: 'nap-session', opts: { secure: false, path: '/' } });
		// a __Host- cookie carries no Domain
		expect(a.calls[0].opts).not.toHaveProperty('domain');
	});

	it('is read and deleted under the name of the protocol only', () => {
		const c = jar({ 'nap-session': 'plain', '__Host-nap-session': 'host' });
		expect(readSessionCookie(c.cookies, https)).toBe('host');
		expect(readSessionCookie(c.cookies, http)).toBe('plain');
		expect(readSessionCookie(jar({ 'nap-session': 'plain' }).cookies, https)).toBe(null);
		deleteSessionCookie(c.cookies, https);
		expect(c.calls).toEqual([
			{
				op: 'delete',
				name: '__Host-nap-session',
				opts: { path: '/', httpOnly: true, sameSite: 'lax', secure: true }
			}
		]);
	});
});
