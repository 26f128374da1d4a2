/** What every form parser returns: the data, or message keys per field plus what was typed. */
export type FormResult<T> =
	| { ok: true; data: T }
	| { ok: false; errors: Record<string, string>; values: Record<string, string> };

/** The submitted text fields, echoed back into the form when it fails. */
export function formValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [k, v] of form.entries()) {
		if (typeof v === 'string' && k !== 'password' && !k.startsWith('password')) values[k] = v;
	}
	return values;
}

/** A parser's answer: the data when no field failed, else the errors with what was typed. */
export function answer<T>(
	form: FormData,
	errors: Record<string, string>,
	data: () => T,
	values: Record<string, string> = formValues(form)
): FormResult<T> {
	return Object.keys(errors).length ? { ok: false, errors, values } : { ok: true, data: data() };
}

export function str(form: FormData, name: string): string {
	const v = form.get(name);
	return typeof v === 'string' ? v.trim() : '';
}
