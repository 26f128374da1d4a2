import { MIN_PASSWORD_LENGTH } from '../auth/password';
import { MAX_PASSWORD_LENGTH } from '../auth/policy';
import { passwordProblem, userWords } from '../auth/password-policy';
import { formValues, type FormResult } from './fields';

function field(form: FormData, name: string): string {
	const v = form.get(name);
	return typeof v === 'string' ? v : '';
}

/**
 * Error key for a new password, or null. Passwords are not trimmed: spaces count. `context`:
 * the words a password must not be made of (auth/password-policy.ts `contextWords`).
 */
export function checkNewPassword(
	password: string,
	confirm: string,
	email?: string,
	context: string[] = []
): string | null {
	if (password === '') return 'error.required';
	if ([...password].length < MIN_PASSWORD_LENGTH) return 'password.too_short';
	if (password.length > MAX_PASSWORD_LENGTH) return 'password.too_long';
	if (email && password.trim().toLowerCase() === email.trim().toLowerCase())
		return 'password.is_email';
	const problem = passwordProblem(password, [...context, ...(email ? userWords({ email }) : [])]);
	if (problem) return problem;
	if (password !== confirm) return 'password.mismatch';
	return null;
}

/** The form that sets a password from an invitation or reset link. */
export function parseSetPasswordForm(
	form: FormData,
	email: string,
	context: string[] = []
): FormResult<{ password: string }> {
	const password = field(form, 'password');
	const error = checkNewPassword(password, field(form, 'passwordConfirm'), email, context);
	if (error) return { ok: false, errors: { password: error }, values: formValues(form) };
	return { ok: true, data: { password } };
}

/** The account page's password change: current password, new password, confirmation. */
export function parseChangePasswordForm(
	form: FormData,
	email: string,
	context: string[] = []
): FormResult<{ current: string; password: string }> {
	const current = field(form, 'passwordCurrent');
	const password = field(form, 'password');
	const errors: Record<string, string> = {};
	if (current === '') errors.passwordCurrent = 'error.required';
	const error = checkNewPassword(password, field(form, 'passwordConfirm'), email, context);
	if (error) errors.password = error;
	else if (password === current) errors.password = 'password.same_as_current';
	if (Object.keys(errors).length) return { ok: false, errors, values: formValues(form) };
	return { ok: true, data: { current, password } };
}
