// What a signed-in user changes about their own account: name, language, password.
import { eq } from 'drizzle-orm';
import { user as userTable } from './db/schema';
import { writeAudit } from './audit';
import { hashPassword, verifyPassword } from './auth/password';
import { clearFailures, lockRemaining, recordFailure } from './auth/throttle';
import { invalidateOtherSessions } from './auth/session';
import type { DB } from './db/connect';
import type { SessionUser } from './auth/session';

const actorOf = (u: SessionUser) => ({ id: u.id, role: u.role });

export function updateProfile(
	db: DB,
	user: SessionUser,
	input: { name: string; locale: 'az' | 'en' },
	now: Date
): void {
	db.transaction((tx) => {
		tx.update(userTable).set(input).where(eq(userTable.id, user.id)).run();
		writeAudit(
			tx,
			actorOf(user),
			{
				entity: 'user',
				entityId: user.id,
				operation: 'profile_update',
				before: { name: user.name, locale: user.locale },
				after: input
			},
			now
		);
	});
}

export type ChangePasswordResult =
	| { ok: true }
	| { ok: false; error: 'password.current_wrong' | 'auth.locked'; retryAfterMs?: number };

/**
 * Changes the password after checking the current one (counted like a failed sign-in), and
 * ends every other session of the user: whoever else was signed in with the old password is out.
 */
export async function changePassword(
	db: DB,
	user: SessionUser,
	sessionId: string,
	input: { current: string; password: string },
	now: Date
): Promise<ChangePasswordResult> {
	const wait = lockRemaining(db, 'user', String(user.id), now);
	if (wait > 0) return { ok: false, error: 'auth.locked', retryAfterMs: wait };
	const row = db.select().from(userTable).where(eq(userTable.id, user.id)).get();
	if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, input.current))) {
		recordFailure(db, 'user', String(user.id), now);
		return { ok: false, error: 'password.current_wrong' };
	}
	clearFailures(db, 'user', String(user.id));
	const passwordHash = await hashPassword(input.password);
	db.transaction((tx) => {
		tx.update(userTable)
			.set({ passwordHash, passwordChangedAt: now })
			.where(eq(userTable.id, user.id))
			.run();
		invalidateOtherSessions(tx, user.id, sessionId);
		writeAudit(
			tx,
			actorOf(user),
			{ entity: 'user', entityId: user.id, operation: 'password_change' },
			now
		);
	});
	return { ok: true };
}
