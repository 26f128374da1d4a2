import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { mailConfig } from '$lib/server/config';
import { completenessMatrix } from '$lib/server/progress/completeness';
import { REPEAT_MINUTES, remindInstitutionNow } from '$lib/server/progress/remind-now';
import { parseRemindForm } from '$lib/server/forms/remind-form';
import { failAction, invalid, statusOf } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'reviewer', 'admin');
	return completenessMatrix(db, new Date());
};

export const actions: Actions = { remind: remindAction };

/** "Remind this institution now": a plain form post, answered with a confirmation message. */
async function remindAction(event: Parameters<Actions['remind']>[0]) {
	const user = requireRole(event, 'reviewer', 'admin');
	const parsed = parseRemindForm(await event.request.formData());
	if (!parsed.ok) return invalid('remind', parsed.errors, parsed.values);
	const { institutionId } = parsed.data;
	const res = await remindInstitutionNow(db, mailConfig(), user, institutionId, new Date());
	if (!res.ok)
		return failAction('remind', statusOf(res.error), {
			errors: { form: `completeness.remind_${res.error}` },
			values: { institutionId: String(institutionId) },
			// the message names the institution and how long to wait
			params: { institution: res.institutionCode ?? '', minutes: REPEAT_MINUTES }
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
