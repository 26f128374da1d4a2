import { fail } from '@sveltejs/kit';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { institution, reportingPeriod } from '$lib/server/db/schema';
import {
	grantException,
	isoDay,
	listExceptions,
	revokeException
} from '$lib/server/progress/periods';
import { parseExceptionForm } from '$lib/server/forms/exception-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return {
		exceptions: listExceptions(db),
		periods: db
			.select({ id: reportingPeriod.id, code: reportingPeriod.code })
			.from(reportingPeriod)
			.where(and(eq(reportingPeriod.scope, 'progress'), eq(reportingPeriod.status, 'closed')))
			.orderBy(asc(reportingPeriod.startDate))
			.all(),
		institutions: db
			.select({
				id: institution.id,
				code: institution.code,
				nameAz: institution.nameAz,
				nameEn: institution.nameEn
			})
			.from(institution)
			.where(eq(institution.active, true))
			.orderBy(asc(institution.code))
			.all(),
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
