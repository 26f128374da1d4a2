import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import {
	getPublicUser,
	issueResetLink,
	resetUserTwoFactor,
	setUserDisabled,
	updateUser
} from '$lib/server/user-admin';
import { institutionOptions } from '$lib/server/institutions';
import { invitePath } from '$lib/server/auth/user-token';
import { parseUserForm } from '$lib/server/forms/user-form';
import { formValues } from '$lib/server/forms/fields';
import { invalid, rejected } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function target(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	const u = getPublicUser(db, Number(event.params.userId));
	if (!u) error(404, { message: 'not_found' });
	return u;
}

export const load: PageServerLoad = (event) => {
	const admin = requireRole(event, 'admin');
	const u = target(event);
	return {
		target: u,
		isSelf: u.id === admin.id,
		institutions: institutionOptions(db, event.locals.locale)
	};
};

export const actions: Actions = {
	update: updateAction,
	disable: (e) => disabledAction(e, 'disable'),
	enable: (e) => disabledAction(e, 'enable'),
	resetLink: resetLinkAction,
	resetTwoFactor: resetTwoFactorAction
};

async function updateAction(event: RequestEvent) {
	const admin = requireRole(event, 'admin');
	const u = target(event);
	const form = await event.request.formData();
	const parsed = parseUserForm(form, false);
	if (!parsed.ok) return invalid('update', parsed.errors, parsed.values);
	const { name, role, institutionId, locale } = parsed.data;
	const result = updateUser(db, admin, u.id, { name, role, institutionId, locale }, new Date());
	if (!result.ok) return rejected('update', result.errors, formValues(form));
	return { saved: true };
}

function disabledAction(event: RequestEvent, action: 'disable' | 'enable') {
	const admin = requireRole(event, 'admin');
	const result = setUserDisabled(db, admin, target(event).id, action === 'disable', new Date());
	if (!result.ok) return rejected(action, result.errors);
	return { saved: true };
}

function resetLinkAction(event: RequestEvent) {
	const admin = requireRole(event, 'admin');
	const u = target(event);
	const result = issueResetLink(db, admin, u.id, new Date());
	if (!result.ok) return rejected('resetLink', result.errors);
	return { issued: { link: event.url.origin + invitePath(result.token), email: u.email } };
}

function resetTwoFactorAction(event: RequestEvent) {
	const admin = requireRole(event, 'admin');
	const result = resetUserTwoFactor(db, admin, target(event).id, new Date());
	if (!result.ok) return rejected('resetTwoFactor', result.errors);
	return { saved: true };
}
