import { describe, expect, it } from 'vitest';
import { parsePlanStepForm } from '../../../src/lib/server/forms/plan-lifecycle-form';
import { parsePlanImportForm } from '../../../src/lib/server/forms/plan-import-form';

const fd = (o: Record<string, string>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(o)) f.set(k, v);
	return f;
};

describe('plan lifecycle forms', () => {
	it('deleting needs the confirmation ticked', () => {
		expect(parsePlanStepForm(fd({ planId: '3', step: 'delete' }))).toMatchObject({
			ok: false,
			errors: { confirm: 'admin_plans.error.confirm_delete' }
		});
		expect(parsePlanStepForm(fd({ planId: '3', step: 'delete', confirm: 'yes' }))).toEqual({
			ok: true,
			data: { planId: 3, step: 'delete' }
		});
		expect(parsePlanStepForm(fd({ planId: '3', step: 'drop' })).ok).toBe(false);
		expect(parsePlanStepForm(fd({ planId: 'x', step: 'publish' })).ok).toBe(false);
	});

	it('the import target is explicit, and the confirmation names one plan', () => {
		expect(parsePlanImportForm(fd({})).ok).toBe(false);
		expect(parsePlanImportForm(fd({ target: '4', confirmTarget: '4' }))).toEqual({
			ok: true,
			data: { target: { planId: 4 }, dryRun: false, confirmedPlanId: 4 }
		});
		expect(parsePlanImportForm(fd({ target: '4', dryRun: 'on' }))).toEqual({
			ok: true,
			data: { target: { planId: 4 }, dryRun: true, confirmedPlanId: null }
		});
		// a new plan needs its details
		expect(parsePlanImportForm(fd({ target: 'new' })).ok).toBe(false);
	});
});
