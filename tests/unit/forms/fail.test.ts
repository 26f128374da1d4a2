import { describe, expect, it } from 'vitest';
import {
	invalid,
	invalidRow,
	refused,
	rejected,
	rejectedRow,
	statusOf,
	statusOfErrors
} from '$lib/server/forms/fail';

describe('form failures', () => {
	it('maps domain codes and message keys to one status each', () => {
		expect(statusOf('not_found')).toBe(404);
		expect(statusOf('error.not_found')).toBe(404);
		expect(statusOf('stat.error.not_found')).toBe(404);
		expect(statusOf('forbidden')).toBe(403);
		expect(statusOf('error.conflict')).toBe(409);
		expect(statusOf('auth.locked')).toBe(429);
		expect(statusOf('twofa.locked')).toBe(429);
		expect(statusOf('too_many')).toBe(429);
		expect(statusOf('too_soon')).toBe(429);
		expect(statusOf('nothing_owed')).toBe(409);
		expect(statusOf('no_focal_point')).toBe(409);
		expect(statusOf('admin_plans.error.code_taken')).toBe(400);
		expect(statusOf('error.required')).toBe(400);
		expect(statusOf(undefined)).toBe(400);
		// a key that merely contains a code is not that code
		expect(statusOf('progress.not_found_hint')).toBe(400);
	});

	it('takes the most specific status among field errors', () => {
		expect(statusOfErrors({ name: 'error.required' })).toBe(400);
		expect(statusOfErrors({ name: 'error.required', form: 'error.conflict' })).toBe(409);
		expect(statusOfErrors({})).toBe(400);
	});

	it('namespaces the failure by the action name', () => {
		const f = invalid('update', { name: 'error.required' }, { name: '  ' });
		expect(f.status).toBe(400);
		expect(f.data).toEqual({
			update: { errors: { name: 'error.required' }, values: { name: '  ' } }
		});
		const r = refused('status', 'error.not_found');
		expect(r.status).toBe(404);
		expect(r.data.status.errors.form).toBe('error.not_found');
		const row = rejectedRow('setDue', 7, { dueDate: 'error.conflict' }, { dueDate: '2025-01-01' });
		expect(row.status).toBe(409);
		expect(row.data.setDue.rowId).toBe(7);
	});

	it('keeps what the user typed wrong a 400, whatever the keys say', () => {
		// a form that names no record is malformed input, not a missing record
		expect(invalid('step', { planId: 'error.not_found' }).status).toBe(400);
		expect(invalidRow('choose', 0, { metricId: 'error.not_found' }).status).toBe(400);
		expect(rejected('step', { planId: 'error.not_found' }).status).toBe(404);
	});
});
