import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { forbidden, requireUser } from '$lib/server/auth/guards';
import { actionReports } from '$lib/server/progress/action-reports';
import { isReviewerLike } from '$lib/server/progress/access';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const data = actionReports(db, user, Number(event.params.actionId));
	if (!data) error(404, { message: 'not_found' });
	// reviewers and admins see every action; a focal point only actions its institution is on
	const onAction =
		user.institutionId !== null && data.institutions.some((i) => i.id === user.institutionId);
	if (!isReviewerLike(user) && !(user.role === 'focal_point' && onAction)) forbidden();
	return data;
};
