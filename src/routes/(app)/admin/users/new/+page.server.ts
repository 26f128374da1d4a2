import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { inviteUser } from '$lib/server/user-admin';
import { institutionOptions } from '$lib/server/institutions';
import { invitePath } from '$lib/server/auth/user-token';
import { parseUserForm } from '$lib/server/forms/user-form';
import { formValues } from '$lib/server/forms/fields';
import { invalid, rejected } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return { institutions: institutionOptions(db, event.locals.locale) };
};

export const actions: Actions = { invite: inviteAction };

async function inviteAction(event: Parameters<Actions['invite']>[0]) {
	const admin = requireRole(event, 'admin');
	const form = await event.request.formData();
	const parsed = parseUserForm(form, true);
	if (!parsed.ok) return invalid('invite', parsed.errors, parsed.values);
	const result = inviteUser(db, admin, parsed.data, new Date());
	if (!result.ok) return rejected('invite', result.errors, formValues(form));
	return {
		invited: {
			userId: result.userId,
			email: parsed.data.email,
			link: event.url.origin + invitePath(result.token)
		}
	};
}
