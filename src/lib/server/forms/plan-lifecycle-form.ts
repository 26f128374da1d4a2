// Parser for the plan list's lifecycle buttons (publish, archive, make current, delete). Deleting
// needs its confirmation box ticked: a confirmation not given writes nothing.
import { parseId } from '../../ids';
import { formValues, str, type FormResult } from './fields';

export const PLAN_STEPS = ['publish', 'archive', 'unarchive', 'current', 'delete'] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];

export function parsePlanStepForm(form: FormData): FormResult<{ planId: number; step: PlanStep }> {
	const values = formValues(form);
	const planId = parseId(str(form, 'planId'));
	const step = str(form, 'step') as PlanStep;
	const errors: Record<string, string> = {};
	if (planId === null || !PLAN_STEPS.includes(step)) errors.form = 'error.not_found';
	else if (step === 'delete' && form.get('confirm') !== 'yes')
		errors.confirm = 'admin_plans.error.confirm_delete';
	if (Object.keys(errors).length) return { ok: false, errors, values };
	return { ok: true, data: { planId: planId!, step } };
}
