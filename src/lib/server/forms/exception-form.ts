import { formValues, str, type FormResult } from './fields';

/** Grant an institution an exception to submit into a closed period. */
export function parseExceptionForm(
	form: FormData,
	today: string
): FormResult<{ periodId: number; institutionId: number; untilDate: string; reason: string }> {
	const errors: Record<string, string> = {};
	const periodId = Number(str(form, 'periodId'));
	const institutionId = Number(str(form, 'institutionId'));
	const untilDate = str(form, 'untilDate');
	const reason = str(form, 'reason');
	if (!Number.isInteger(periodId) || periodId < 1) errors.periodId = 'error.required';
	if (!Number.isInteger(institutionId) || institutionId < 1)
		errors.institutionId = 'error.required';
	if (!/^\d{4}-\d{2}-\d{2}$/.test(untilDate) || Number.isNaN(Date.parse(untilDate)))
		errors.untilDate = 'progress.error.date';
	else if (untilDate < today) errors.untilDate = 'exceptions.error.past';
	if (reason === '') errors.reason = 'progress.error.reason_required';
	else if (reason.length > 1000) errors.reason = 'progress.error.too_long';
	if (Object.keys(errors).length) return { ok: false, errors, values: formValues(form) };
	return { ok: true, data: { periodId, institutionId, untilDate, reason } };
}
