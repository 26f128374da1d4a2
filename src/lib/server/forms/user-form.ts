import { LOCALES, ROLES, type Role } from '../db/schema';
import { formValues, str, type FormResult } from './fields';
import { parseId } from '../../ids';

export interface UserInput {
	email: string;
	name: string;
	role: Role;
	institutionId: number | null;
	locale: 'az' | 'en';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The admin's user form; `withEmail` for invitations (the email of an account does not change). */
export function parseUserForm(form: FormData, withEmail: boolean): FormResult<UserInput> {
	const errors: Record<string, string> = {};
	const email = str(form, 'email').toLowerCase();
	if (withEmail) {
		if (email === '') errors.email = 'error.required';
		else if (email.length > 254 || !EMAIL.test(email)) errors.email = 'auth.email_invalid';
	}
	const name = str(form, 'name');
	if (name === '') errors.name = 'error.required';
	else if (name.length > 120) errors.name = 'user.name_too_long';
	const role = str(form, 'role') as Role;
	if (!ROLES.includes(role)) errors.role = 'user.role_invalid';
	const locale = str(form, 'locale') as 'az' | 'en';
	if (!LOCALES.includes(locale)) errors.locale = 'user.locale_invalid';
	const rawInst = str(form, 'institutionId');
	let institutionId: number | null = null;
	if (rawInst !== '') {
		institutionId = parseId(rawInst);
		if (institutionId === null) errors.institutionId = 'user.institution_unknown';
	}
	if (role === 'focal_point' && rawInst === '') errors.institutionId = 'user.institution_required';
	// only focal points and reviewers belong to an institution
	if (role === 'admin' || role === 'donor') institutionId = null;
	if (Object.keys(errors).length) return { ok: false, errors, values: formValues(form) };
	return { ok: true, data: { email, name, role, institutionId, locale } };
}
