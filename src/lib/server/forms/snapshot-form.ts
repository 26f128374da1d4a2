import { isIsoDate } from '../reviews/as-of';
import { formValues, str, type FormResult } from './fields';
import { isId } from '../../ids';

export const NAME_MAX = 120;

export function parseSnapshotForm(
	form: FormData
): FormResult<{ planId: number; name: string; nameAz: string | null; asOf: string }> {
	const errors: Record<string, string> = {};
	const name = str(form, 'name');
	const nameAz = str(form, 'nameAz');
	const asOf = str(form, 'asOf');
	const planId = str(form, 'planId');
	if (name === '') errors.name = 'error.required';
	else if (name.length > NAME_MAX) errors.name = 'reviews.too_long';
	if (nameAz.length > NAME_MAX) errors.nameAz = 'reviews.too_long';
	if (asOf === '') errors.asOf = 'error.required';
	else if (!isIsoDate(asOf)) errors.asOf = 'reviews.date_invalid';
	if (!isId(planId)) errors.planId = 'reviews.plan_unknown';
	if (Object.keys(errors).length) return { ok: false, errors, values: formValues(form) };
	return { ok: true, data: { planId: Number(planId), name, nameAz: nameAz || null, asOf } };
}
