import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb } from '../../../helpers/test-db';
import { useTestTotpKey } from '../../../helpers/totp-env';
import { makeUser } from '../../../factories';
import { auditLog, session, user } from '../../../../src/lib/server/db/schema';
import { createSession, toSessionUser } from '../../../../src/lib/server/auth/session';
import { totpCodeAt } from '../../../../src/lib/server/auth/totp';
import {
	confirmEnrolment,
	describeEnrolment,
	disableTwoFactor,
	readEnrolmentToken,
	readTotpKey,
	regenerateRecoveryCodes,
	verifySecondFactor
} from '../../../../src/lib/server/auth/two-factor';
import type { DB } from '../../../../src/lib/server/db/connect';

const t0 = new Date('2024-05-01T10:00:00Z');
const later = (s: number) => new Date(t0.getTime() + s * 1000);

async function enrolled(db: DB, role: 'admin' | 'focal_point' = 'admin') {
	const row = makeUser(db, { role });
	const u = toSessionUser(row);
	const { session: s } = createSession(db, u.id, { now: t0 });
	const e = await describeEnrolment(u, s.id);
	const key = readEnrolmentToken(e.token, u.id, s.id)!;
	const r = confirmEnrolment(db, u, s.id, e.token, totpCodeAt(key, t0), t0);
	if (!r.ok) throw new Error(r.error);
	return { u, s, key, codes: r.recoveryCodes };
}

const sessionRow = (db: DB, id: string) =>
	db.select().from(session).where(eq(session.id, id)).get()!;

describe('two-factor enrolment', () => {
	beforeEach(() => useTestTotpKey());

	it('stores the key sealed, gives 10 recovery codes, marks the session and audits', async () => {
		const db = createTestDb();
		const { u, s, key, codes } = await enrolled(db);
		expect(codes).toHaveLength(10);
		const row = db.select().from(user).where(eq(user.id, u.id)).get()!;
		expect(Buffer.from(row.totpKey!).includes(Buffer.from(key))).toBe(false);
		expect(readTotpKey(row)).toEqual(key);
		expect(JSON.parse(row.recoveryCodes!)).toHaveLength(10);
		expect(sessionRow(db, s.id).twoFactorVerified).toBe(true);
		expect(
			db
				.select()
				.from(auditLog)
				.all()
				.map((a) => a.operation)
		).toContain('totp_enrol');
	});

	it("refuses a wrong code, another session's token, and a second enrolment", async () => {
		const db = createTestDb();
		const u = toSessionUser(makeUser(db, { role: 'reviewer' }));
		const a = createSession(db, u.id).session;
		const b = createSession(db, u.id).session;
		const e = await describeEnrolment(u, a.id);
		const key = readEnrolmentToken(e.token, u.id, a.id)!;
		expect(confirmEnrolment(db, u, a.id, e.token, '000000', t0)).toMatchObject({
			ok: false,
			error: 'twofa.invalid'
		});
		expect(confirmEnrolment(db, u, b.id, e.token, totpCodeAt(key, t0), t0)).toMatchObject({
			ok: false,
			error: 'twofa.enrol_expired'
		});
		expect(confirmEnrolment(db, u, a.id, e.token, totpCodeAt(key, t0), t0).ok).toBe(true);
		expect(
			confirmEnrolment(db, u, a.id, e.token, totpCodeAt(key, later(30)), later(30))
		).toMatchObject({ error: 'twofa.already_enabled' });
	});
});

describe('second factor at sign-in', () => {
	beforeEach(() => useTestTotpKey());

	it('accepts a fresh code once and refuses its replay in the same window', async () => {
		const db = createTestDb();
		const { u, key } = await enrolled(db);
		const s2 = createSession(db, u.id, { now: later(60) }).session;
		const code = totpCodeAt(key, later(60));
		expect(verifySecondFactor(db, u.id, s2.id, code, later(60))).toEqual({
			ok: true,
			method: 'totp'
		});
		expect(sessionRow(db, s2.id).twoFactorVerified).toBe(true);
		const s3 = createSession(db, u.id, { now: later(70) }).session;
		expect(verifySecondFactor(db, u.id, s3.id, code, later(70))).toMatchObject({
			ok: false,
			error: 'twofa.invalid'
		});
		expect(sessionRow(db, s3.id).twoFactorVerified).toBe(false);
	});

	it('the enrolment code itself cannot be replayed at sign-in', async () => {
		const db = createTestDb();
		const { u, key } = await enrolled(db);
		const s2 = createSession(db, u.id).session;
		expect(verifySecondFactor(db, u.id, s2.id, totpCodeAt(key, t0), later(10)).ok).toBe(false);
	});

	it('accepts each recovery code once', async () => {
		const db = createTestDb();
		const { u, codes } = await enrolled(db);
		const s2 = createSession(db, u.id).session;
		expect(verifySecondFactor(db, u.id, s2.id, codes[0], later(5))).toEqual({
			ok: true,
			method: 'recovery'
		});
		const s3 = createSession(db, u.id).session;
		expect(verifySecondFactor(db, u.id, s3.id, codes[0], later(6)).ok).toBe(false);
		expect(verifySecondFactor(db, u.id, s3.id, codes[1], later(7)).ok).toBe(true);
		const left = JSON.parse(db.select().from(user).where(eq(user.id, u.id)).get()!.recoveryCodes!);
		expect(left).toHaveLength(8);
	});

	it('locks after 5 wrong codes, even for the right one, until the lock ends', async () => {
		const db = createTestDb();
		const { u, key } = await enrolled(db);
		const s2 = createSession(db, u.id).session;
		for (let i = 0; i < 5; i++)
			expect(verifySecondFactor(db, u.id, s2.id, '000000', later(31))).toMatchObject({
				error: 'twofa.invalid'
			});
		const right = totpCodeAt(key, later(40));
		expect(verifySecondFactor(db, u.id, s2.id, right, later(40))).toMatchObject({
			error: 'twofa.locked'
		});
		const after = later(40 + 61);
		expect(verifySecondFactor(db, u.id, s2.id, totpCodeAt(key, after), after).ok).toBe(true);
	});
});

describe('managing two-factor', () => {
	beforeEach(() => useTestTotpKey());

	it('regenerating recovery codes needs a code and voids the old ones', async () => {
		const db = createTestDb();
		const { u, key, codes } = await enrolled(db);
		expect(regenerateRecoveryCodes(db, u, '111111', later(30)).ok).toBe(false);
		const r = regenerateRecoveryCodes(db, u, totpCodeAt(key, later(30)), later(30));
		expect(r.ok && r.recoveryCodes).toHaveLength(10);
		const s = createSession(db, u.id).session;
		expect(verifySecondFactor(db, u.id, s.id, codes[2], later(40)).ok).toBe(false);
		expect(
			verifySecondFactor(
				db,
				u.id,
				s.id,
				(r as { recoveryCodes: string[] }).recoveryCodes[2],
				later(41)
			).ok
		).toBe(true);
	});

	it('only roles that may go without it can turn it off', async () => {
		const db = createTestDb();
		const admin = await enrolled(db, 'admin');
		expect(
			disableTwoFactor(db, admin.u, totpCodeAt(admin.key, later(30)), later(30))
		).toMatchObject({ error: 'twofa.required' });
		const fp = await enrolled(db, 'focal_point');
		expect(disableTwoFactor(db, fp.u, totpCodeAt(fp.key, later(30)), later(30)).ok).toBe(true);
		const row = db.select().from(user).where(eq(user.id, fp.u.id)).get()!;
		expect([row.totpKey, row.recoveryCodes]).toEqual([null, null]);
	});
});
