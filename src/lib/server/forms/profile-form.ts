import { LOCALES } from '../db/schema';
import { formValues, str, type FormResult } from './fields';

export function parseProfileForm(
	form: FormData
): FormResult<{ name: string; locale: 'az' | 'en' }> {
	const errors: Record<string, string> = {};
	const name = str(form, 'name');
	if (name === '') errors.name = 'error.required';
	else if (name.length > 120) errors.name = 'user.name_too_long';
	const locale = str(form, 'locale') as 'az' | 'en';
	if (!LOCALES.includes(locale)) errors.locale = 'user.locale_invalid';
	if (Object.keys(errors).length) return { ok: false, errors, values: formValues(form) };
	return { ok: true, data: { name, locale } };
}
