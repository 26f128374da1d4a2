import { PERIOD_KINDS } from '../db/schema';
import { formValues, str, type FormResult } from './fields';
import type { PeriodKind, PeriodScope } from '../period-admin';
import { parseId } from '../../ids';
import { isIsoDate } from '../../dates';

export function parseGenerateForm(
	form: FormData
): FormResult<{ planId: number; kind: PeriodKind; scope: PeriodScope; dueDays: number }> {
	const errors: Record<string, string> = {};
	const kind = str(form, 'kind');
	const scope = str(form, 'scope');
	const days = str(form, 'dueDays');
	const planId = parseId(str(form, 'planId'));
	if (!(PERIOD_KINDS as readonly string[]).includes(kind)) errors.kind = 'error.required';
	if (scope !== 'progress' && scope !== 'statistics') errors.scope = 'error.required';
	if (!/^\d{1,3}$/.test(days) || Number(days) > 365) errors.dueDays = 'periods.error.days';
	if (planId === null) errors.planId = 'error.required';
	if (Object.keys(errors).length || planId === null)
		return { ok: false, errors, values: formValues(form) };
	return {
		ok: true,
		data: { planId, kind: kind as PeriodKind, scope: scope as PeriodScope, dueDays: Number(days) }
	};
}

export function parseDueDateForm(
	form: FormData
): FormResult<{ periodId: number; dueDate: string; expected: string }> {
	const dueDate = str(form, 'dueDate');
	const periodId = parseId(str(form, 'periodId'));
	if (!isIsoDate(dueDate) || periodId === null)
		return { ok: false, errors: { dueDate: 'periods.error.date' }, values: formValues(form) };
	return { ok: true, data: { periodId, dueDate, expected: str(form, 'expected') } };
}
