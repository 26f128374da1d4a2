import { formValues, str, type FormResult } from './fields';
import { parseId } from '../../ids';
import { isIsoDate } from '../../dates';

/** Grant an institution an exception to submit into a closed period. */
export function parseExceptionForm(
	form: FormData,
	today: string
): FormResult<{ periodId: number; institutionId: number; untilDate: string; reason: string }> {
	const errors: Record<string, string> = {};
	const periodId = parseId(str(form, 'periodId'));
	const institutionId = parseId(str(form, 'institutionId'));
	const untilDate = str(form, 'untilDate');
	const reason = str(form, 'reason');
	if (periodId === null) errors.periodId = 'error.required';
	if (institutionId === null) errors.institutionId = 'error.required';
	if (!isIsoDate(untilDate)) errors.untilDate = 'progress.error.date';
	else if (untilDate < today) errors.untilDate = 'exceptions.error.past';
	if (reason === '') errors.reason = 'progress.error.reason_required';
	else if (reason.length > 1000) errors.reason = 'progress.error.too_long';
	if (Object.keys(errors).length || periodId === null || institutionId === null)
		return { ok: false, errors, values: formValues(form) };
	return { ok: true, data: { periodId, institutionId, untilDate, reason } };
}
