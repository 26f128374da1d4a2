import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { institutionNames } from '$lib/server/institutions';
import {
	grantException,
	listExceptions,
	listProgressPeriods,
	revokeException
} from '$lib/server/progress/periods';
import { parseExceptionForm } from '$lib/server/forms/exception-form';
import { formValues } from '$lib/server/forms/fields';
import { invalid, refused } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad } from './$types';
import { today } from '$lib/dates';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return {
		exceptions: listExceptions(db),
		periods: listProgressPeriods(db)
			.filter((p) => p.status === 'closed')
			.map((p) => ({ id: p.id, code: p.code })),
		institutions: institutionNames(db, { locale: event.locals.locale, activeOnly: true }),
		today: today()
	};
};

export const actions: Actions = { grant: grantAction, revoke: revokeAction };

async function grantAction(event: Parameters<Actions['grant']>[0]) {
	const user = requireRole(event, 'admin');
	const now = new Date();
	const form = await event.request.formData();
	const parsed = parseExceptionForm(form, today(now));
	if (!parsed.ok) return invalid('grant', parsed.errors, parsed.values);
	const res = grantException(db, user, parsed.data, now);
	if (!res.ok) return refused('grant', `exceptions.error.${res.error}`, formValues(form));
	return { done: 'exceptions.granted' };
}

async function revokeAction(event: Parameters<Actions['revoke']>[0]) {
	const user = requireRole(event, 'admin');
	const id = Number((await event.request.formData()).get('id'));
	if (!revokeException(db, user, id, new Date()))
		return refused('revoke', 'exceptions.error.not_found');
	return { done: 'exceptions.revoked' };
}
