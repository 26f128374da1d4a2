import { db } from '$lib/server/db';
import { countUnread } from '$lib/server/notifications';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const { user } = locals;
	return {
		locale: locals.locale,
		unread: user === null ? 0 : countUnread(db, user.id),
		user:
			user === null
				? null
				: { id: user.id, name: user.name, role: user.role, institutionId: user.institutionId }
	};
};
