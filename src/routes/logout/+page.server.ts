import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { deleteSessionCookie, invalidateSession } from '$lib/server/auth/session';
import { recordSecurityEvent } from '$lib/server/security-events';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.session) invalidateSession(db, locals.session.id);
		if (locals.user)
			recordSecurityEvent(db, 'sign_out', { id: locals.user.id, role: locals.user.role });
		deleteSessionCookie(cookies, url);
		redirect(303, '/login');
	}
};
