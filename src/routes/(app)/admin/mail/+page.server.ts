import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { mailOverview, requeueMail } from '$lib/server/mail-queue/admin';
import { MAX_ATTEMPTS } from '$lib/server/mail-queue/deliver';
import { parseId } from '$lib/ids';
import { failAction } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return { ...mailOverview(db), maxAttempts: MAX_ATTEMPTS };
};

export const actions: Actions = { retry: retryAction };

async function retryAction(event: Parameters<Actions['retry']>[0]) {
	const admin = requireRole(event, 'admin');
	const id = parseId(String((await event.request.formData()).get('id') ?? ''));
	if (id === null || !requeueMail(db, { id: admin.id, role: admin.role }, id, new Date()))
		// nothing to send again under that id: the post is refused as it stands (400)
		return failAction('retry', 400, { errors: { form: 'mail.not_found' }, values: {} });
	return { retried: id };
}
