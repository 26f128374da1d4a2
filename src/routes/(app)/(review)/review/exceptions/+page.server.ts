import { fail } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { institutionNames } from '$lib/server/institutions';
import {
	grantException,
	isoDay,
	listExceptions,
	listProgressPeriods,
	revokeException
} from '$lib/server/progress/periods';
import { parseExceptionForm } from '$lib/server/forms/exception-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return {
		exceptions: listExceptions(db),
		periods: listProgressPeriods(db)
			.filter((p) => p.status === 'closed')
			.map((p) => ({ id: p.id, code: p.code })),
		institutions: institutionNames(db, { locale: event.locals.locale, activeOnly: true }),
		today: isoDay(new Date())
	};
};

export const actions: Actions = { grant: grantAction, revoke: revokeAction };

async function grantAction(event: Parameters<Actions['grant']>[0]) {
	const user = requireRole(event, 'admin');
	const now = new Date();
	const parsed = parseExceptionForm(await event.request.formData(), isoDay(now));
	if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
	const res = grantException(db, user, parsed.data, now);
	if (!res.ok)
		return fail(400, {
			errors: { form: `exceptions.error.${res.error}` } as Record<string, string>,
			values: {} as Record<string, string>
		});
	return { done: 'exceptions.granted' };
}

async function revokeAction(event: Parameters<Actions['revoke']>[0]) {
	const user = requireRole(event, 'admin');
	const id = Number((await event.request.formData()).get('id'));
	if (!revokeException(db, user, id, new Date()))
		return fail(404, {
			errors: { form: 'exceptions.error.not_found' } as Record<string, string>,
			values: {} as Record<string, string>
		});
	return { done: 'exceptions.revoked' };
}
