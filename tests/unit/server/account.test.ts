import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb } from '../../helpers/test-db';
import { makeUser } from '../../factories';
import { auditLog, user } from '../../../src/lib/server/db/schema';
import { changePassword, updateProfile } from '../../../src/lib/server/account';
import { hashPassword, verifyPassword } from '../../../src/lib/server/auth/password';
import {
	createSession,
	toSessionUser,
	validateSessionToken
} from '../../../src/lib/server/auth/session';
import { parseChangePasswordForm } from '../../../src/lib/server/forms/password-form';

const now = new Date('2024-05-01T10:00:00Z');

function form(fields: Record<string, string>) {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) f.set(k, v);
	return f;
}

describe('password change', () => {
	it('ends the other sessions but keeps the current one, and audits without the hash', async () => {
		const db = createTestDb();
		const row = makeUser(db, { passwordHash: await hashPassword('old password 1') });
		const u = toSessionUser(row);
		const mine = createSession(db, u.id);
		const other = createSession(db, u.id);
		const stranger = createSession(db, makeUser(db).id);
		const r = await changePassword(
			db,
			u,
			mine.session.id,
			{ current: 'old password 1', password: 'new password 22' },
			now
		);
		expect(r).toEqual({ ok: true });
		expect(validateSessionToken(db, mine.token)).not.toBeNull();
		expect(validateSessionToken(db, other.token)).toBeNull();
		expect(validateSessionToken(db, stranger.token)).not.toBeNull();
		const after = db.select().from(user).where(eq(user.id, u.id)).get()!;
		expect(await verifyPassword(after.passwordHash!, 'new password 22')).toBe(true);
		expect(after.passwordChangedAt).toEqual(now);
		const audit = db.select().from(auditLog).all();
		expect(audit.map((a) => a.operation)).toEqual(['password_change']);
		expect(JSON.stringify(audit)).not.toContain('argon2');
	});

	it('refuses a wrong current password and keeps every session', async () => {
		const db = createTestDb();
		const u = toSessionUser(makeUser(db, { passwordHash: await hashPassword('old password 1') }));
		const mine = createSession(db, u.id);
		const other = createSession(db, u.id);
		const r = await changePassword(
			db,
			u,
			mine.session.id,
			{ current: 'nope', password: 'new password 22' },
			now
		);
		expect(r).toEqual({ ok: false, error: 'password.current_wrong' });
		expect(validateSessionToken(db, other.token)).not.toBeNull();
	});

	it('the form checks length, confirmation, email and change', () => {
		const email = 'someone@test.local';
		const base = {
			passwordCurrent: 'old password 1',
			password: 'new password 22',
			passwordConfirm: 'new password 22'
		};
		expect(parseChangePasswordForm(form(base), email).ok).toBe(true);
		const err = (o: Record<string, string>) => {
			const r = parseChangePasswordForm(form({ ...base, ...o }), email);
			return r.ok ? null : r.errors;
		};
		expect(err({ password: 'short', passwordConfirm: 'short' })).toEqual({
			password: 'password.too_short'
		});
		expect(err({ passwordConfirm: 'different one' })).toEqual({ password: 'password.mismatch' });
		expect(err({ password: email, passwordConfirm: email })).toEqual({
			password: 'password.is_email'
		});
		expect(err({ password: 'old password 1', passwordConfirm: 'old password 1' })).toEqual({
			password: 'password.same_as_current'
		});
		expect(err({ passwordCurrent: '' })).toEqual({ passwordCurrent: 'error.required' });
		// what was typed comes back, but never a password
		const r = parseChangePasswordForm(form({ ...base, password: 'x' }), email);
		expect(!r.ok && Object.keys(r.values)).toEqual([]);
	});
});

describe('profile', () => {
	it('updates name and language with an audit row', () => {
		const db = createTestDb();
		const u = toSessionUser(makeUser(db, { name: 'Old', locale: 'en' }));
		updateProfile(db, u, { name: 'Nərgiz', locale: 'az' }, now);
		const row = db.select().from(user).where(eq(user.id, u.id)).get()!;
		expect([row.name, row.locale]).toEqual(['Nərgiz', 'az']);
		expect(db.select().from(auditLog).get()?.operation).toBe('profile_update');
	});
});
