import { formValues, str, type FormResult } from './fields';

export function parseLoginForm(form: FormData): FormResult<{ email: string; password: string }> {
	const email = str(form, 'email');
	const password = form.get('password');
	const errors: Record<string, string> = {};
	if (email === '') errors.email = 'error.required';
	else if (!/^[^\s@]+@[^\s@]+$/.test(email)) errors.email = 'auth.email_invalid';
	if (typeof password !== 'string' || password === '') errors.password = 'error.required';
	if (Object.keys(errors).length) return { ok: false, errors, values: formValues(form) };
	return { ok: true, data: { email, password: password as string } };
}
