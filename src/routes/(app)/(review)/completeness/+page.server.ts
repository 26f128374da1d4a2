import { fail } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { mailConfig } from '$lib/server/config';
import { completenessMatrix } from '$lib/server/progress/completeness';
import { REPEAT_MINUTES, remindInstitutionNow } from '$lib/server/progress/remind-now';
import { parseRemindForm } from '$lib/server/forms/remind-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'reviewer', 'admin');
	return completenessMatrix(db, new Date());
};

export const actions: Actions = { remind: remindAction };

const STATUS = { not_found: 404, nothing_owed: 409, no_focal_point: 409, too_soon: 429 } as const;

/** "Remind this institution now": a plain form post, answered with a confirmation message. */
async function remindAction(event: Parameters<Actions['remind']>[0]) {
	const user = requireRole(event, 'reviewer', 'admin');
	const parsed = parseRemindForm(await event.request.formData());
	if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
	const { institutionId } = parsed.data;
	const res = await remindInstitutionNow(db, mailConfig(), user, institutionId, new Date());
	if (!res.ok)
		return fail(STATUS[res.error], {
			institutionId,
			remindError: `completeness.remind_${res.error}`,
			institution: res.institutionCode ?? '',
			minutes: REPEAT_MINUTES
		});
	return {
		institutionId,
		reminded: {
			institution: res.institutionCode,
			recipients: res.recipients,
			missing: res.missing
		}
	};
}
