import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../../helpers/test-db';
import { makeInstitution } from '../../../factories';
import {
	contextWords,
	isCommonPassword,
	passwordProblem
} from '../../../../src/lib/server/auth/password-policy';
import { checkNewPassword } from '../../../../src/lib/server/forms/password-form';
import commonList from '../../../../src/lib/server/auth/data/common-passwords';

describe('common passwords', () => {
	it('ships at least 10,000 common passwords of 10+ characters', () => {
		const long = commonList.split('\n').filter((p) => [...p].length >= 10);
		expect(new Set(long).size).toBeGreaterThanOrEqual(10_000);
	});

	it('refuses the passwords the audit got accepted, in any case and with symbols around', () => {
		for (const p of [
			'password12',
			'1234567890',
			'qwertyuiop',
			'Password1!',
			'QWERTYUIOP',
			'1234567890!',
			'Basketball2024',
			'!!football!!'
		])
			expect(isCommonPassword(p), p).toBe(true);
	});

	it('accepts a passphrase and a random string', () => {
		for (const p of ['violet kettle under seven bridges', 'rT9#kq2!Lw0z', 'demo-password'])
			expect(isCommonPassword(p), p).toBe(false);
	});
});

describe('context words', () => {
	const db = createTestDb();
	makeInstitution(db, {
		code: 'DMX',
		nameEn: 'State Migration Service',
		nameAz: 'Dövlət Miqrasiya Xidməti'
	});
	const ctx = contextWords(db, {
		email: 'leyla.mammadova@migration.gov.az',
		name: 'Leyla Məmmədova'
	});

	it('refuses passwords made of the product, an institution or the user', () => {
		for (const p of [
			'NapTracker2026!',
			'naptrackernaptracker',
			'iom-azerbaijan-2026',
			'Azərbaycan2026!!',
			'MigrationService1',
			'miqrasiya xidmeti 1',
			'Leyla.Mammadova1',
			'leylamemmedova',
			'mammadova@migration'
		])
			expect(passwordProblem(p, ctx), p).toBe('password.context');
	});

	it('accepts a passphrase that merely mentions one', () => {
		expect(passwordProblem('leyla likes green tea at noon', ctx)).toBeNull();
		expect(passwordProblem('tracker of violet kettles', ctx)).toBeNull();
	});

	it('reaches the forms with a message key in both languages', () => {
		expect(checkNewPassword('Password1!', 'Password1!')).toBe('password.common');
		expect(checkNewPassword('NapTracker2026!', 'NapTracker2026!', 'a@b.az', ctx)).toBe(
			'password.context'
		);
		// the e-mail alone is context even without a database
		expect(checkNewPassword('anar.aliyev2026', 'anar.aliyev2026', 'anar.aliyev@x.az')).toBe(
			'password.context'
		);
		expect(checkNewPassword('violet kettle 42', 'violet kettle 42', 'a@b.az', ctx)).toBeNull();
	});
});
