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

export function str(form: FormData, name: string): string {
	const v = form.get(name);
	return typeof v === 'string' ? v.trim() : '';
}
