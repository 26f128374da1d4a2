// Sessions, after Lucia's current guide (lucia-auth/lucia code/auth_session.ts):
// - the cookie holds `id.secret`; the database stores the id and SHA-256(secret), compared in
//   constant time, so a leaked database cannot be replayed as cookies;
// - a session ends after INACTIVITY_TIMEOUT without use (sliding) and in any case after
//   ABSOLUTE_LIFETIME; `lastVerifiedAt` is bumped at most once per ACTIVITY_CHECK_INTERVAL;
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

const COOKIE_BASE = 'nap-session';
export const INACTIVITY_TIMEOUT = 10 * 24 * 60 * 60 * 1000;
export const ABSOLUTE_LIFETIME = 30 * 24 * 60 * 60 * 1000;
const ACTIVITY_CHECK_INTERVAL = 60 * 60 * 1000;

export interface Session {
	id: string;
	userId: number;
	createdAt: Date;
	lastVerifiedAt: Date;
	twoFactorVerified: boolean;
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
	const session: Session = {
		id,
		userId,
		createdAt: now,
		lastVerifiedAt: now,
		twoFactorVerified: opts.twoFactorVerified ?? false
	};
	db.insert(sessionTable)
		.values({ ...session, secretHash: hashSecret(secret) })
		.run();
	return { session, token: `${id}.${secret}` };
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
	if (
		row.u.disabled ||
		t - row.s.lastVerifiedAt.getTime() >= INACTIVITY_TIMEOUT ||
		t - row.s.createdAt.getTime() >= ABSOLUTE_LIFETIME
	) {
		invalidateSession(db, id);
		return null;
	}
	if (t - row.s.lastVerifiedAt.getTime() >= ACTIVITY_CHECK_INTERVAL) {
		db.update(sessionTable).set({ lastVerifiedAt: now }).where(eq(sessionTable.id, id)).run();
		row.s.lastVerifiedAt = now;
	}
	return {
		session: {
			id: row.s.id,
			userId: row.s.userId,
			createdAt: row.s.createdAt,
			lastVerifiedAt: row.s.lastVerifiedAt,
			twoFactorVerified: row.s.twoFactorVerified
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

export function markSessionTwoFactorVerified(db: Pick<DB, 'update'>, sessionId: string): void {
	db.update(sessionTable)
		.set({ twoFactorVerified: true })
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

/** The cookie's expiry: whichever of the two limits comes first. */
export function sessionExpiry(session: Session): Date {
	return new Date(
		Math.min(
			session.lastVerifiedAt.getTime() + INACTIVITY_TIMEOUT,
			session.createdAt.getTime() + ABSOLUTE_LIFETIME
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
