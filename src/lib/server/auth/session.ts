// Sessions, after Lucia's current guide (lucia-auth/lucia code/auth_session.ts):
// - the cookie holds `id.secret`; the database stores the id and SHA-256(secret), compared in
//   constant time, so a leaked database cannot be replayed as cookies;
// - a session ends after its role's idle limit without use (sliding) and in any case after its
//   absolute limit (policy.ts SESSION_POLICY: short for admins and reviewers); `lastVerifiedAt`
//   is bumped at most once per a thirtieth of the idle limit (at most hourly);
// - admins' and reviewers' second factor is asked again after SESSION_POLICY.*.secondFactorMs;
// - the cookie is HttpOnly, SameSite=Lax; under https it is Secure and named `__Host-…`, which
//   the browser accepts only from this exact host, over https, for path / (no sibling subdomain
//   can plant or overwrite it). Its options exist only in the helpers at the end of this file.
//   CSRF: SvelteKit rejects cross-origin form posts (Origin check), and Lax cookies are not sent
//   on cross-site POSTs.
import { and, eq, ne } from 'drizzle-orm';
import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { Cookies } from '@sveltejs/kit';
import { session as sessionTable, user as userTable } from '../db/schema';
import type { DB } from '../db/connect';
import type { Role } from '../db/schema';
import { SESSION_POLICY } from './policy';

const COOKIE_BASE = 'nap-session';
const ACTIVITY_CHECK_INTERVAL = 60 * 60 * 1000;

function activityInterval(role: Role): number {
	return Math.min(ACTIVITY_CHECK_INTERVAL, SESSION_POLICY[role].idleMs / 30);
}

export interface Session {
	id: string;
	userId: number;
	createdAt: Date;
	lastVerifiedAt: Date;
	twoFactorVerified: boolean;
	twoFactorAt: Date | null;
	role: Role;
}

export interface SessionUser {
	id: number;
	email: string;
	name: string;
	role: Role;
	institutionId: number | null;
	locale: 'az' | 'en';
	totpEnabled: boolean;
	isDemo: boolean;
}

function randomSecret(): string {
	const bytes = new Uint8Array(24);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

function hashSecret(secret: string): Buffer {
	return Buffer.from(sha256(new TextEncoder().encode(secret)));
}

export function createSession(
	db: DB,
	userId: number,
	opts: { twoFactorVerified?: boolean; now?: Date } = {}
): { session: Session; token: string } {
	const now = opts.now ?? new Date();
	const id = randomSecret();
	const secret = randomSecret();
	const twoFactorVerified = opts.twoFactorVerified ?? false;
	const row = {
		id,
		userId,
		createdAt: now,
		lastVerifiedAt: now,
		twoFactorVerified,
		twoFactorAt: twoFactorVerified ? now : null
	};
	db.insert(sessionTable)
		.values({ ...row, secretHash: hashSecret(secret) })
		.run();
	const { role } = db
		.select({ role: userTable.role })
		.from(userTable)
		.where(eq(userTable.id, userId))
		.get()!;
	return { session: { ...row, role }, token: `${id}.${secret}` };
}

export function validateSessionToken(
	db: DB,
	token: string,
	now: Date = new Date()
): { session: Session; user: SessionUser } | null {
	const parts = token.split('.');
	if (parts.length !== 2) return null;
	const [id, secret] = parts;
	const row = db
		.select({ s: sessionTable, u: userTable })
		.from(sessionTable)
		.innerJoin(userTable, eq(sessionTable.userId, userTable.id))
		.where(eq(sessionTable.id, id))
		.get();
	if (!row) return null;
	if (!constantTimeEqual(hashSecret(secret), row.s.secretHash)) return null;
	const t = now.getTime();
	const policy = SESSION_POLICY[row.u.role];
	if (
		row.u.disabled ||
		t - row.s.lastVerifiedAt.getTime() >= policy.idleMs ||
		t - row.s.createdAt.getTime() >= policy.absoluteMs
	) {
		invalidateSession(db, id);
		return null;
	}
	const reask =
		policy.secondFactorMs !== null &&
		row.s.twoFactorVerified &&
		row.u.totpKey !== null &&
		t - (row.s.twoFactorAt ?? row.s.createdAt).getTime() >= policy.secondFactorMs;
	if (reask) {
		// the guards then send the user to /2fa, which marks the session verified again
		db.update(sessionTable).set({ twoFactorVerified: false }).where(eq(sessionTable.id, id)).run();
		row.s.twoFactorVerified = false;
	}
	if (t - row.s.lastVerifiedAt.getTime() >= activityInterval(row.u.role)) {
		db.update(sessionTable).set({ lastVerifiedAt: now }).where(eq(sessionTable.id, id)).run();
		row.s.lastVerifiedAt = now;
	}
	return {
		session: {
			id: row.s.id,
			userId: row.s.userId,
			createdAt: row.s.createdAt,
			lastVerifiedAt: row.s.lastVerifiedAt,
			twoFactorVerified: row.s.twoFactorVerified,
			twoFactorAt: row.s.twoFactorAt,
			role: row.u.role
		},
		user: toSessionUser(row.u)
	};
}

export function toSessionUser(u: typeof userTable.$inferSelect): SessionUser {
	return {
		id: u.id,
		email: u.email,
		name: u.name,
		role: u.role,
		institutionId: u.institutionId,
		locale: u.locale,
		totpEnabled: u.totpKey !== null,
		isDemo: u.isDemo
	};
}

export function markSessionTwoFactorVerified(
	db: Pick<DB, 'update'>,
	sessionId: string,
	now: Date = new Date()
): void {
	db.update(sessionTable)
		.set({ twoFactorVerified: true, twoFactorAt: now })
		.where(eq(sessionTable.id, sessionId))
		.run();
}

export function invalidateSession(db: Pick<DB, 'delete'>, sessionId: string): void {
	db.delete(sessionTable).where(eq(sessionTable.id, sessionId)).run();
}

export function invalidateUserSessions(db: Pick<DB, 'delete'>, userId: number): void {
	db.delete(sessionTable).where(eq(sessionTable.userId, userId)).run();
}

/** Ends every session of the user except `keepSessionId` (after a password change). */
export function invalidateOtherSessions(
	db: Pick<DB, 'delete'>,
	userId: number,
	keepSessionId: string
): void {
	db.delete(sessionTable)
		.where(and(eq(sessionTable.userId, userId), ne(sessionTable.id, keepSessionId)))
		.run();
}

/** The cookie's expiry: whichever of the role's two limits comes first. */
export function sessionExpiry(session: Session): Date {
	const policy = SESSION_POLICY[session.role];
	return new Date(
		Math.min(
			session.lastVerifiedAt.getTime() + policy.idleMs,
			session.createdAt.getTime() + policy.absoluteMs
		)
	);
}

/** `__Host-nap-session` under https, `nap-session` over plain http (development, tests). */
export function sessionCookieName(url: URL): string {
	return url.protocol === 'https:' ? `__Host-${COOKIE_BASE}` : COOKIE_BASE;
}

export function readSessionCookie(cookies: Cookies, url: URL): string | null {
	return cookies.get(sessionCookieName(url)) ?? null;
}

export function setSessionCookie(
	cookies: Cookies,
	url: URL,
	token: string,
	session: Session
): void {
	cookies.set(sessionCookieName(url), token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: sessionExpiry(session)
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(sessionCookieName(url), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
}
