import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../helpers/test-db';
import { makeUser } from '../../factories';
import {
	createSession,
	markSessionTwoFactorVerified,
	sessionExpiry,
	invalidateUserSessions,
	validateSessionToken
} from '../../../src/lib/server/auth/session';
import { session } from '../../../src/lib/server/db/schema';
import { SESSION_POLICY } from '../../../src/lib/server/auth/policy';

const { idleMs: INACTIVITY_TIMEOUT, absoluteMs: ABSOLUTE_LIFETIME } = SESSION_POLICY.focal_point;
const MIN = 60_000;

describe('sessions', () => {
	it('validates a fresh token and stores only a hash of the secret', () => {
		const db = createTestDb();
		const u = makeUser(db);
		const { token } = createSession(db, u.id);
		const result = validateSessionToken(db, token);
		expect(result?.user.id).toBe(u.id);
		const stored = db.select().from(session).get()!;
		expect(token).toContain(stored.id + '.');
		expect(Buffer.from(stored.secretHash).toString('utf8')).not.toContain(token.split('.')[1]);
	});

	it('rejects a token with a wrong secret', () => {
		const db = createTestDb();
		const u = makeUser(db);
		const { token } = createSession(db, u.id);
		const [id] = token.split('.');
		expect(validateSessionToken(db, `${id}.wrongsecret`)).toBeNull();
		expect(validateSessionToken(db, 'garbage')).toBeNull();
	});

	it('expires after inactivity, and after the absolute lifetime even when active', () => {
		const db = createTestDb();
		const u = makeUser(db, { role: 'focal_point' });
		const t0 = new Date('2024-01-01T00:00:00Z');
		const a = createSession(db, u.id, { now: t0 });
		expect(
			validateSessionToken(db, a.token, new Date(t0.getTime() + INACTIVITY_TIMEOUT + 1))
		).toBeNull();

		const b = createSession(db, u.id, { now: t0 });
		// keep it active every 5 days
		let t = t0.getTime();
		while (t + 5 * 86400_000 < t0.getTime() + ABSOLUTE_LIFETIME) {
			t += 5 * 86400_000;
			expect(validateSessionToken(db, b.token, new Date(t))).not.toBeNull();
		}
		expect(
			validateSessionToken(db, b.token, new Date(t0.getTime() + ABSOLUTE_LIFETIME))
		).toBeNull();
	});

	it("refuses sessions of a disabled user, and can end all of a user's sessions", () => {
		const db = createTestDb();
		const u = makeUser(db, { disabled: true });
		const { token } = createSession(db, u.id);
		expect(validateSessionToken(db, token)).toBeNull();
		const v = makeUser(db);
		const s1 = createSession(db, v.id);
		invalidateUserSessions(db, v.id);
		expect(validateSessionToken(db, s1.token)).toBeNull();
	});

	it('admins and reviewers: 30 min idle, 12 h absolute, the cookie says so', () => {
		const db = createTestDb();
		for (const role of ['admin', 'reviewer'] as const) {
			const u = makeUser(db, { role });
			const t0 = new Date('2024-01-01T08:00:00Z');
			const at = (m: number) => new Date(t0.getTime() + m * MIN);
			const a = createSession(db, u.id, { now: t0, twoFactorVerified: true });
			expect(sessionExpiry(a.session)).toEqual(at(30));
			expect(validateSessionToken(db, a.token, at(29))).not.toBeNull();
			expect(validateSessionToken(db, a.token, at(29 + 31))).toBeNull();
			// active every 20 minutes, still over after 12 hours
			const b = createSession(db, u.id, { now: t0, twoFactorVerified: true });
			let m = 0;
			while (m + 20 < 12 * 60) {
				m += 20;
				const v = validateSessionToken(db, b.token, at(m));
				expect(v, `${role} at ${m} min`).not.toBeNull();
				expect(sessionExpiry(v!.session).getTime()).toBeLessThanOrEqual(at(12 * 60).getTime());
			}
			expect(validateSessionToken(db, b.token, at(12 * 60))).toBeNull();
		}
	});

	it('asks an admin with a second factor for it again after 4 hours, a focal point never', () => {
		const db = createTestDb();
		const t0 = new Date('2024-01-01T08:00:00Z');
		const at = (m: number) => new Date(t0.getTime() + m * MIN);
		const admin = makeUser(db, { role: 'admin', totpKey: Buffer.from('sealed') });
		const fp = makeUser(db, { role: 'focal_point', totpKey: Buffer.from('sealed') });
		const a = createSession(db, admin.id, { now: t0, twoFactorVerified: true });
		const f = createSession(db, fp.id, { now: t0, twoFactorVerified: true });
		let m = 0;
		while (m + 20 < 4 * 60) {
			m += 20;
			expect(validateSessionToken(db, a.token, at(m))!.session.twoFactorVerified).toBe(true);
			expect(validateSessionToken(db, f.token, at(m))!.session.twoFactorVerified).toBe(true);
		}
		const after = validateSessionToken(db, a.token, at(4 * 60 + 5))!;
		expect(after.session.twoFactorVerified).toBe(false);
		expect(validateSessionToken(db, f.token, at(4 * 60 + 5))!.session.twoFactorVerified).toBe(true);
		// the code given again: verified for another 4 hours
		markSessionTwoFactorVerified(db, a.session.id, at(4 * 60 + 6));
		expect(validateSessionToken(db, a.token, at(4 * 60 + 20))!.session.twoFactorVerified).toBe(
			true
		);
	});
});
