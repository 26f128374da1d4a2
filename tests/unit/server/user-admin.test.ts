import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb } from '../../helpers/test-db';
import { makeInstitution, makeUser } from '../../factories';
import { auditLog, user } from '../../../src/lib/server/db/schema';
import {
	toSessionUser,
	createSession,
	validateSessionToken
} from '../../../src/lib/server/auth/session';
import { checkUserToken } from '../../../src/lib/server/auth/user-token';
import { hashPassword } from '../../../src/lib/server/auth/password';
import {
	inviteUser,
	issueResetLink,
	listUsers,
	resetUserTwoFactor,
	setUserDisabled,
	updateUser
} from '../../../src/lib/server/user-admin';
import { parseUserForm } from '../../../src/lib/server/forms/user-form';
import type { DB } from '../../../src/lib/server/db/connect';

const now = new Date('2024-05-01T10:00:00Z');
const adminOf = (db: DB) => toSessionUser(makeUser(db, { role: 'admin' }));
const fd = (o: Record<string, string>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(o)) f.set(k, v);
	return f;
};

describe('user form', () => {
	const base = {
		email: 'New@Test.Local ',
		name: 'Nərgiz',
		role: 'focal_point',
		institutionId: '3',
		locale: 'az'
	};
	it('parses an invitation, lower-casing the email', () => {
		expect(parseUserForm(fd(base), true)).toEqual({
			ok: true,
			data: {
				email: 'new@test.local',
				name: 'Nərgiz',
				role: 'focal_point',
				institutionId: 3,
				locale: 'az'
			}
		});
	});
	it('requires an institution for focal points, drops it for admins and donors, echoes input', () => {
		const r = parseUserForm(fd({ ...base, institutionId: '' }), true);
		expect(r).toMatchObject({
			ok: false,
			errors: { institutionId: 'user.institution_required' },
			values: { name: 'Nərgiz' }
		});
		expect(parseUserForm(fd({ ...base, role: 'donor' }), true)).toMatchObject({
			ok: true,
			data: { institutionId: null }
		});
		expect(parseUserForm(fd({ ...base, role: 'root', email: 'x' }), true)).toMatchObject({
			ok: false,
			errors: { role: 'user.role_invalid', email: 'auth.email_invalid' }
		});
	});
});

describe('user administration', () => {
	it('invites without a password, with a working one-time link and an audit row without secrets', () => {
		const db = createTestDb();
		const admin = adminOf(db);
		const inst = makeInstitution(db);
		const r = inviteUser(
			db,
			admin,
			{
				email: 'fp@test.local',
				name: 'FP',
				role: 'focal_point',
				institutionId: inst.id,
				locale: 'az'
			},
			now
		);
		if (!r.ok) throw new Error('invite failed');
		const row = db.select().from(user).where(eq(user.id, r.userId)).get()!;
		expect(row.passwordHash).toBeNull();
		expect(checkUserToken(db, r.token, now)).toMatchObject({ ok: true, kind: 'invite' });
		const audit = db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityId, String(r.userId)))
			.all();
		expect(audit.map((a) => [a.operation, a.actorId])).toEqual([['invite', admin.id]]);
		expect(audit[0].after).not.toMatch(/password_?hash|totp_?key/i);
	});

	it('refuses a duplicate email and an unknown or inactive institution, writing nothing', () => {
		const db = createTestDb();
		const admin = adminOf(db);
		makeUser(db, { email: 'taken@test.local' });
		const off = makeInstitution(db, { active: false });
		const input = { name: 'X', role: 'focal_point' as const, locale: 'en' as const };
		expect(
			inviteUser(db, admin, { ...input, email: 'taken@test.local', institutionId: 999 }, now)
		).toEqual({
			ok: false,
			errors: { email: 'user.email_taken', institutionId: 'user.institution_unknown' }
		});
		expect(
			inviteUser(db, admin, { ...input, email: 'n@test.local', institutionId: off.id }, now)
		).toMatchObject({ ok: false });
		expect(db.select().from(auditLog).all()).toHaveLength(0);
	});

	it('disabling ends sessions; an admin cannot disable or demote themself', () => {
		const db = createTestDb();
		const admin = adminOf(db);
		const victim = makeUser(db, { role: 'donor' });
		const s = createSession(db, victim.id);
		expect(setUserDisabled(db, admin, victim.id, true, now).ok).toBe(true);
		expect(validateSessionToken(db, s.token)).toBeNull();
		expect(setUserDisabled(db, admin, admin.id, true, now)).toEqual({
			ok: false,
			errors: { form: 'user.own_disable' }
		});
		expect(
			updateUser(
				db,
				admin,
				admin.id,
				{ name: 'A', role: 'donor', institutionId: null, locale: 'en' },
				now
			)
		).toMatchObject({ errors: { role: 'user.own_role' } });
		expect(issueResetLink(db, admin, victim.id, now)).toEqual({
			ok: false,
			errors: { form: 'user.is_disabled' }
		});
		expect(setUserDisabled(db, admin, victim.id, false, now).ok).toBe(true);
		const ops = db
			.select()
			.from(auditLog)
			.all()
			.map((a) => a.operation);
		expect(ops).toEqual(['disable', 'enable']);
	});

	it('a reset link is an invitation until a password exists, then a reset', async () => {
		const db = createTestDb();
		const admin = adminOf(db);
		const invited = makeUser(db);
		const r1 = issueResetLink(db, admin, invited.id, now);
		expect(r1.ok && checkUserToken(db, r1.token, now)).toMatchObject({ kind: 'invite' });
		const active = makeUser(db, { passwordHash: await hashPassword('something long') });
		const r2 = issueResetLink(db, admin, active.id, now);
		expect(r2.ok && checkUserToken(db, r2.token, now)).toMatchObject({ kind: 'reset' });
	});

	it('resetting two-factor clears the key and codes and ends sessions', () => {
		const db = createTestDb();
		const admin = adminOf(db);
		const u = makeUser(db, { role: 'reviewer', totpKey: Buffer.from('x'), recoveryCodes: '[]' });
		const s = createSession(db, u.id);
		expect(resetUserTwoFactor(db, admin, u.id, now).ok).toBe(true);
		const row = db.select().from(user).where(eq(user.id, u.id)).get()!;
		expect([row.totpKey, row.recoveryCodes]).toEqual([null, null]);
		expect(validateSessionToken(db, s.token)).toBeNull();
	});

	it('lists with role, institution and Azerbaijani-aware search, sorted by the az collator, without hashes', async () => {
		const db = createTestDb();
		const inst = makeInstitution(db, { code: 'MIA' });
		makeUser(db, {
			name: 'İsmayıl Şükürov',
			role: 'focal_point',
			institutionId: inst.id,
			passwordHash: await hashPassword('x'.repeat(12))
		});
		makeUser(db, { name: 'Zaur', role: 'focal_point', institutionId: inst.id });
		makeUser(db, { name: 'Çingiz', role: 'donor' });
		makeUser(db, { name: 'Cavid', role: 'donor' });
		expect(listUsers(db, { q: 'ISMAYIL' }).map((u) => u.name)).toEqual(['İsmayıl Şükürov']);
		expect(listUsers(db, { q: 'şükür' }).map((u) => u.name)).toEqual(['İsmayıl Şükürov']);
		expect(listUsers(db, { institutionId: inst.id }).map((u) => u.name)).toEqual([
			'İsmayıl Şükürov',
			'Zaur'
		]);
		// Azerbaijani alphabet: C < Ç
		expect(listUsers(db, { role: 'donor' }).map((u) => u.name)).toEqual(['Cavid', 'Çingiz']);
		expect(JSON.stringify(listUsers(db, {}))).not.toContain('argon2');
	});
});
