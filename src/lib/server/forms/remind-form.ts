import { formValues, str, type FormResult } from './fields';
import { parseId } from '../../ids';

/** "Remind this institution now" on the completeness page: which institution. */
export function parseRemindForm(form: FormData): FormResult<{ institutionId: number }> {
	const institutionId = parseId(str(form, 'institutionId'));
	if (institutionId === null)
		return {
			ok: false,
			errors: { institutionId: 'completeness.remind_error' },
			values: formValues(form)
		};
	return { ok: true, data: { institutionId } };
}
