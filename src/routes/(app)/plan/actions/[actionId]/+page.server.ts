import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { getActionDetail } from '$lib/server/plan/browse';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const id = Number(event.params.actionId);
	const detail = Number.isInteger(id) ? getActionDetail(db, id) : null;
	if (!detail) error(404, { message: 'not_found' });
	// Note: issue 3 adds the progress reports of this action here (loaded per role).
	return { ...detail, canEdit: user.role === 'admin' };
};
