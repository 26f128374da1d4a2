import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb } from '../../../helpers/test-db';
import { makeUser } from '../../../factories';
import { user, userToken } from '../../../../src/lib/server/db/schema';
import {
	checkUserToken,
	issueUserToken,
	setPasswordWithToken,
	TOKEN_LIFETIME
} from '../../../../src/lib/server/auth/user-token';
import { verifyPassword } from '../../../../src/lib/server/auth/password';
import { createSession, validateSessionToken } from '../../../../src/lib/server/auth/session';

const t0 = new Date('2024-05-01T10:00:00Z');

describe('one-time links', () => {
	it('stores only a hash, sets the password once, and refuses the second use', async () => {
		const db = createTestDb();
		const u = makeUser(db);
		const token = issueUserToken(db, u.id, 'invite', null, t0);
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		expect(db.select().from(userToken).get()!.tokenHash).not.toContain(token);
		expect(checkUserToken(db, token, t0)).toMatchObject({ ok: true, kind: 'invite' });
		expect(await setPasswordWithToken(db, token, 'my new password', t0)).toEqual({
			ok: true,
			email: u.email
		});
		const row = db.select().from(user).where(eq(user.id, u.id)).get()!;
		expect(await verifyPassword(row.passwordHash!, 'my new password')).toBe(true);
		expect(await setPasswordWithToken(db, token, 'another password', t0)).toEqual({
			ok: false,
			error: 'token.used'
		});
	});

	it('expires after 7 days', async () => {
		const db = createTestDb();
		const u = makeUser(db);
		const token = issueUserToken(db, u.id, 'reset', null, t0);
		expect(checkUserToken(db, token, new Date(t0.getTime() + TOKEN_LIFETIME - 1)).ok).toBe(true);
		const late = new Date(t0.getTime() + TOKEN_LIFETIME);
		expect(await setPasswordWithToken(db, token, 'my new password', late)).toEqual({
			ok: false,
			error: 'token.expired'
		});
		expect(db.select().from(user).where(eq(user.id, u.id)).get()!.passwordHash).toBeNull();
	});

	it('a new link voids the earlier unused one; unknown and disabled-user links are invalid', () => {
		const db = createTestDb();
		const u = makeUser(db);
		const first = issueUserToken(db, u.id, 'invite', null, t0);
		const second = issueUserToken(db, u.id, 'reset', null, t0);
		expect(checkUserToken(db, first, t0)).toEqual({ ok: false, error: 'token.invalid' });
		expect(checkUserToken(db, second, t0).ok).toBe(true);
		expect(checkUserToken(db, 'a'.repeat(32), t0)).toEqual({ ok: false, error: 'token.invalid' });
		expect(checkUserToken(db, '../etc', t0)).toEqual({ ok: false, error: 'token.invalid' });
		db.update(user).set({ disabled: true }).where(eq(user.id, u.id)).run();
		expect(checkUserToken(db, second, t0)).toEqual({ ok: false, error: 'token.invalid' });
	});

	it('a reset ends every session the user had', async () => {
		const db = createTestDb();
		const u = makeUser(db);
		const s = createSession(db, u.id);
		const token = issueUserToken(db, u.id, 'reset', null, t0);
		await setPasswordWithToken(db, token, 'my new password', t0);
		expect(validateSessionToken(db, s.token)).toBeNull();
	});
});
