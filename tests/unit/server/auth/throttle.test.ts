import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../../helpers/test-db';
import { makeUser } from '../../../factories';
import { authenticate } from '../../../../src/lib/server/auth/login';
import { hashPassword } from '../../../../src/lib/server/auth/password';
import { lockRemaining } from '../../../../src/lib/server/auth/throttle';

const t0 = new Date('2024-05-01T10:00:00Z');
const at = (s: number) => new Date(t0.getTime() + s * 1000);
const IP = '203.0.113.7';

async function setup() {
	const db = createTestDb();
	const passwordHash = await hashPassword('correct horse battery');
	makeUser(db, { email: 'a@test.local', passwordHash });
	makeUser(db, { email: 'b@test.local', passwordHash });
	return db;
}

describe('sign-in throttling per account', () => {
	it('locks after 5 failures, refuses even the right password, unlocks after a minute', async () => {
		const db = await setup();
		for (let i = 0; i < 5; i++)
			expect(await authenticate(db, 'a@test.local', 'wrong', IP, at(i))).toMatchObject({
				error: 'auth.invalid'
			});
		expect(
			await authenticate(db, 'a@test.local', 'correct horse battery', IP, at(10))
		).toMatchObject({ ok: false, error: 'auth.locked' });
		// another account from the same address is not locked
		expect((await authenticate(db, 'b@test.local', 'correct horse battery', IP, at(11))).ok).toBe(
			true
		);
		expect(
			(await authenticate(db, 'a@test.local', 'correct horse battery', IP, at(4 + 61))).ok
		).toBe(true);
	});

	it('doubles the lock for each further failure, up to an hour, and waiting it out does not reset it', async () => {
		const db = await setup();
		for (let i = 0; i < 5; i++) await authenticate(db, 'a@test.local', 'wrong', IP, at(0));
		expect(lockRemaining(db, 'email', 'a@test.local', at(0))).toBe(60_000);
		let t = 61;
		await authenticate(db, 'a@test.local', 'wrong', IP, at(t));
		expect(lockRemaining(db, 'email', 'a@test.local', at(t))).toBe(120_000);
		const locks: number[] = [];
		for (let i = 0; i < 7; i++) {
			t += lockRemaining(db, 'email', 'a@test.local', at(t)) / 1000 + 1;
			await authenticate(db, 'a@test.local', 'wrong', IP, at(t));
			locks.push(lockRemaining(db, 'email', 'a@test.local', at(t)) / 60_000);
		}
		expect(locks).toEqual([4, 8, 16, 32, 60, 60, 60]);
	});

	it('a success clears the account counter; the email is matched case-insensitively', async () => {
		const db = await setup();
		for (let i = 0; i < 4; i++) await authenticate(db, 'A@Test.Local', 'wrong', IP, at(i));
		expect((await authenticate(db, 'a@test.local', 'correct horse battery', IP, at(5))).ok).toBe(
			true
		);
		for (let i = 0; i < 4; i++) await authenticate(db, 'a@test.local', 'wrong', IP, at(6 + i));
		expect(lockRemaining(db, 'email', 'a@test.local', at(10))).toBe(0);
	});

	it('counts unknown accounts and disabled ones as failures without telling them apart', async () => {
		const db = await setup();
		makeUser(db, {
			email: 'off@test.local',
			passwordHash: await hashPassword('correct horse battery'),
			disabled: true
		});
		expect(await authenticate(db, 'nobody@test.local', 'x', IP, t0)).toEqual({
			ok: false,
			error: 'auth.invalid'
		});
		expect(await authenticate(db, 'off@test.local', 'correct horse battery', IP, t0)).toEqual({
			ok: false,
			error: 'auth.invalid'
		});
	});
});

describe('sign-in throttling per address', () => {
	it('locks an address that sweeps many accounts, for every account, then unlocks', async () => {
		const db = await setup();
		for (let i = 0; i < 20; i++) await authenticate(db, `user${i}@test.local`, 'wrong', IP, at(i));
		expect(
			await authenticate(db, 'a@test.local', 'correct horse battery', IP, at(21))
		).toMatchObject({ error: 'auth.locked' });
		expect(
			(await authenticate(db, 'a@test.local', 'correct horse battery', '198.51.100.1', at(21))).ok
		).toBe(true);
		expect(
			(await authenticate(db, 'b@test.local', 'correct horse battery', IP, at(19 + 61))).ok
		).toBe(true);
	});

	it('a success does not clear the address counter (own account as a reset switch)', async () => {
		const db = await setup();
		for (let i = 0; i < 19; i++) await authenticate(db, `user${i}@test.local`, 'wrong', IP, at(i));
		expect((await authenticate(db, 'a@test.local', 'correct horse battery', IP, at(20))).ok).toBe(
			true
		);
		await authenticate(db, 'user99@test.local', 'wrong', IP, at(21));
		expect(lockRemaining(db, 'ip', IP, at(21))).toBeGreaterThan(0);
	});

	it('forgets failures after a day without new ones', async () => {
		const db = await setup();
		for (let i = 0; i < 19; i++) await authenticate(db, `user${i}@test.local`, 'wrong', IP, at(i));
		await authenticate(db, 'user99@test.local', 'wrong', IP, at(18 + 86_401));
		expect(lockRemaining(db, 'ip', IP, at(18 + 86_401))).toBe(0);
	});
});
