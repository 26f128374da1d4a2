// One-time links for invitations and password resets. The link carries 160 random bits; only
// their SHA-256 is stored, so a database reader cannot use a pending link. A link works once,
// for TOKEN_LIFETIME, and issuing a new one for a user voids the user's earlier unused links.
import { and, eq, isNull } from 'drizzle-orm';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { user as userTable, userToken } from '../db/schema';
import { writeAudit, type Tx } from '../audit';
import { hashPassword } from './password';
import { invalidateUserSessions } from './session';
import type { DB } from '../db/connect';

export const TOKEN_LIFETIME = 7 * 24 * 60 * 60 * 1000;
export type TokenKind = 'invite' | 'reset';
export type TokenError = 'token.invalid' | 'token.expired' | 'token.used';

function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Creates a link token for the user (inside the caller's transaction) and returns it. */
export function issueUserToken(
	tx: Tx,
	userId: number,
	kind: TokenKind,
	createdBy: number | null,
	now: Date
): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	const token = encodeBase32LowerCaseNoPadding(bytes);
	tx.delete(userToken)
		.where(and(eq(userToken.userId, userId), isNull(userToken.usedAt)))
		.run();
	tx.insert(userToken)
		.values({
			userId,
			kind,
			tokenHash: hashToken(token),
			expiresAt: new Date(now.getTime() + TOKEN_LIFETIME),
			createdBy,
			createdAt: now
		})
		.run();
	return token;
}

export function invitePath(token: string): string {
	return `/invite/${token}`;
}

/** The token's row and user when the link may still be used, else why not. */
export function checkUserToken(db: Pick<DB, 'select'>, token: string, now: Date) {
	if (!/^[a-z2-7]{32}$/.test(token)) return { ok: false, error: 'token.invalid' } as const;
	const row = db
		.select({ t: userToken, u: userTable })
		.from(userToken)
		.innerJoin(userTable, eq(userToken.userId, userTable.id))
		.where(eq(userToken.tokenHash, hashToken(token)))
		.get();
	if (!row || row.u.disabled) return { ok: false, error: 'token.invalid' } as const;
	if (row.t.usedAt) return { ok: false, error: 'token.used' } as const;
	if (row.t.expiresAt.getTime() <= now.getTime())
		return { ok: false, error: 'token.expired' } as const;
	return {
		ok: true,
		kind: row.t.kind,
		tokenId: row.t.id,
		user: { id: row.u.id, email: row.u.email, name: row.u.name, role: row.u.role }
	} as const;
}

/** Sets the password through a link, once; ends every session the user had. */
export async function setPasswordWithToken(
	db: DB,
	token: string,
	password: string,
	now: Date
): Promise<{ ok: true; email: string } | { ok: false; error: TokenError }> {
	const first = checkUserToken(db, token, now);
	if (!first.ok) return first;
	const passwordHash = await hashPassword(password);
	// checked again inside the transaction: two tabs submitting the same link, one wins
	return db.transaction((tx) => {
		const check = checkUserToken(tx, token, now);
		if (!check.ok) return check;
		tx.update(userToken).set({ usedAt: now }).where(eq(userToken.id, check.tokenId)).run();
		tx.update(userTable)
			.set({ passwordHash, passwordChangedAt: now })
			.where(eq(userTable.id, check.user.id))
			.run();
		invalidateUserSessions(tx, check.user.id);
		writeAudit(
			tx,
			{ id: check.user.id, role: check.user.role },
			{
				entity: 'user',
				entityId: check.user.id,
				operation: check.kind === 'invite' ? 'invite_accept' : 'password_reset'
			},
			now
		);
		return { ok: true, email: check.user.email } as const;
	});
}
