import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDb } from '../../../helpers/test-db';
import { makeUser } from '../../../factories';
import { authenticate } from '../../../../src/lib/server/auth/login';
import { hashPassword } from '../../../../src/lib/server/auth/password';
import { lockRemaining, pairKey } from '../../../../src/lib/server/auth/throttle';
import { auditLog } from '../../../../src/lib/server/db/schema';
import { withRequest } from '../../../../src/lib/server/request-context';

const t0 = new Date('2024-05-01T10:00:00Z');
const at = (s: number) => new Date(t0.getTime() + s * 1000);
const IP = '203.0.113.7';
const HOME = '198.51.100.1';
const RIGHT = 'correct horse battery';

async function setup() {
	const db = createTestDb();
	const passwordHash = await hashPassword(RIGHT);
	makeUser(db, { email: 'a@test.local', passwordHash });
	makeUser(db, { email: 'b@test.local', passwordHash });
	return db;
}

describe('sign-in throttling per account and address', () => {
	it('3 failures are free, then the pair waits 2 s, doubling; the owner elsewhere is not slowed', async () => {
		const db = await setup();
		for (let i = 0; i < 3; i++)
			expect(await authenticate(db, 'a@test.local', 'wrong', IP, at(i))).toMatchObject({
				error: 'auth.invalid'
			});
		expect(lockRemaining(db, 'pair', pairKey('a@test.local', IP), at(2))).toBe(0);
		await authenticate(db, 'a@test.local', 'wrong', IP, at(3));
		expect(lockRemaining(db, 'pair', pairKey('a@test.local', IP), at(3))).toBe(2000);
		// during the wait even the right password waits (a delay, not a lock)
		expect(await authenticate(db, 'a@test.local', RIGHT, IP, at(4))).toMatchObject({
			error: 'auth.locked',
			retryAfterMs: 1000
		});
		// the owner from their own address is not slowed at all
		expect((await authenticate(db, 'a@test.local', RIGHT, HOME, at(4))).ok).toBe(true);
		// and another account from the attacker's address is not either
		expect((await authenticate(db, 'b@test.local', RIGHT, IP, at(4))).ok).toBe(true);
		// after the wait the right password works from here too
		expect((await authenticate(db, 'a@test.local', RIGHT, IP, at(5))).ok).toBe(true);
	});

	it('the wait doubles per failure up to 15 min and is never a lock', async () => {
		const db = await setup();
		const key = pairKey('a@test.local', IP);
		let t = 0;
		const waits: number[] = [];
		for (let i = 0; i < 14; i++) {
			t += lockRemaining(db, 'pair', key, at(t)) / 1000;
			await authenticate(db, 'a@test.local', 'wrong', IP, at(t));
			waits.push(lockRemaining(db, 'pair', key, at(t)) / 1000);
		}
		expect(waits).toEqual([0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
		t += 900;
		expect((await authenticate(db, 'a@test.local', RIGHT, IP, at(t))).ok).toBe(true);
	});

	it('a success clears the pair counter; the email is matched case-insensitively', async () => {
		const db = await setup();
		for (let i = 0; i < 2; i++) await authenticate(db, 'A@Test.Local', 'wrong', IP, at(i));
		expect((await authenticate(db, 'a@test.local', RIGHT, IP, at(5))).ok).toBe(true);
		for (let i = 0; i < 3; i++) await authenticate(db, 'a@test.local', 'wrong', IP, at(6 + i));
		expect(lockRemaining(db, 'pair', pairKey('a@test.local', IP), at(9))).toBe(0);
	});

	it('counts unknown accounts and disabled ones as failures without telling them apart', async () => {
		const db = await setup();
		makeUser(db, {
			email: 'off@test.local',
			passwordHash: await hashPassword(RIGHT),
			disabled: true
		});
		expect(await authenticate(db, 'nobody@test.local', 'x', IP, t0)).toEqual({
			ok: false,
			error: 'auth.invalid'
		});
		expect(await authenticate(db, 'off@test.local', RIGHT, IP, t0)).toEqual({
			ok: false,
			error: 'auth.invalid'
		});
	});
});

describe('sign-in throttling per address', () => {
	it('an address that sweeps 31 accounts waits, for every account, then may try again', async () => {
		const db = await setup();
		for (let i = 0; i < 31; i++) await authenticate(db, `user${i}@test.local`, 'wrong', IP, at(i));
		expect(await authenticate(db, 'a@test.local', RIGHT, IP, at(31))).toMatchObject({
			error: 'auth.locked'
		});
		expect((await authenticate(db, 'a@test.local', RIGHT, HOME, at(31))).ok).toBe(true);
		expect((await authenticate(db, 'b@test.local', RIGHT, IP, at(30 + 2))).ok).toBe(true);
	});

	it('a success does not clear the address counter (own account as a reset switch)', async () => {
		const db = await setup();
		for (let i = 0; i < 30; i++) await authenticate(db, `user${i}@test.local`, 'wrong', IP, at(i));
		expect((await authenticate(db, 'a@test.local', RIGHT, IP, at(30))).ok).toBe(true);
		await authenticate(db, 'user99@test.local', 'wrong', IP, at(31));
		expect(lockRemaining(db, 'ip', IP, at(31))).toBeGreaterThan(0);
	});

	it('forgets failures after a day without new ones', async () => {
		const db = await setup();
		for (let i = 0; i < 30; i++) await authenticate(db, `user${i}@test.local`, 'wrong', IP, at(i));
		await authenticate(db, 'user99@test.local', 'wrong', IP, at(29 + 86_401));
		expect(lockRemaining(db, 'ip', IP, at(29 + 86_401))).toBe(0);
	});
});

describe('sign-in security events', () => {
	it('records success, failure with the e-mail tried, and throttling, with address and agent, never the password', async () => {
		const db = await setup();
		const req = { address: IP, userAgent: 'Mozilla/5.0 test' };
		await withRequest(req, async () => {
			await authenticate(db, 'nobody@test.local', 'secret guess 1', IP, at(0));
			for (let i = 0; i < 4; i++)
				await authenticate(db, 'a@test.local', 'secret guess 2', IP, at(1));
			await authenticate(db, 'a@test.local', RIGHT, IP, at(2));
			await authenticate(db, 'b@test.local', RIGHT, IP, at(3));
		});
		const rows = db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entity, 'security')))
			.orderBy(auditLog.id)
			.all();
		expect(rows.map((r) => r.operation)).toEqual([
			'sign_in_failed',
			'sign_in_failed',
			'sign_in_failed',
			'sign_in_failed',
			'sign_in_failed',
			'sign_in_throttled',
			'sign_in'
		]);
		expect(JSON.parse(rows[0].after!)).toMatchObject({ email: 'nobody@test.local' });
		expect(rows[0].actorId).toBeNull();
		expect(JSON.parse(rows[4].after!)).toMatchObject({ email: 'a@test.local', waitMs: 2000 });
		for (const r of rows) {
			expect(r.address).toBe(IP);
			expect(r.userAgent).toBe('Mozilla/5.0 test');
			expect(JSON.stringify(r)).not.toMatch(/secret guess|correct horse/);
		}
	});
});
