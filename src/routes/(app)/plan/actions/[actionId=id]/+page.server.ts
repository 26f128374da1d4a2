import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { getActionDetail } from '$lib/server/plan/browse';
import { progressForActionPage } from '$lib/server/progress/action-reports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const id = Number(event.params.actionId);
	const detail = getActionDetail(db, id);
	// a draft plan is the admins' until it is published
	if (!detail || (detail.plan.status === 'draft' && user.role !== 'admin'))
		error(404, { message: 'not_found' });
	return {
		...detail,
		canEdit: user.role === 'admin',
		progress: progressForActionPage(db, user, id)
	};
};
