// The usual form action, written once: read the form, parse it (400 with what was typed when it
// is invalid), run the change on the data, and answer a refusal with the domain's codes (the
// status follows them, see fail.ts). The guard stays in the action, before this is called.
import { formValues, type FormResult } from './fields';
import { invalid, rejected, type FieldErrors } from './fail';

export type Refusal = { ok: false; errors: FieldErrors };

const refused = <R extends { ok: true }>(r: R | Refusal): r is Refusal => !r.ok;

export async function submitForm<A extends string, T, R extends { ok: true }, S>(
	request: Request,
	action: A,
	parse: (form: FormData) => FormResult<T>,
	run: (data: T) => R | Refusal,
	done: (result: R) => S
) {
	const form = await request.formData();
	const parsed = parse(form);
	if (!parsed.ok) return invalid(action, parsed.errors, parsed.values);
	const result = run(parsed.data);
	if (refused(result)) return rejected(action, result.errors, formValues(form));
	return done(result);
}
