import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../helpers/test-db';
import { makeUser } from '../../factories';
import {
	ABSOLUTE_LIFETIME,
	INACTIVITY_TIMEOUT,
	createSession,
	invalidateUserSessions,
	validateSessionToken
} from '../../../src/lib/server/auth/session';
import { session } from '../../../src/lib/server/db/schema';

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
		const u = makeUser(db);
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
});
