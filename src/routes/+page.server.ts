import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { homeFor } from '$lib/nav';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	redirect(303, homeFor(user.role));
};
