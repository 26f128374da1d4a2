import { db } from '$lib/server/db';
import { countUnread } from '$lib/server/notifications';
import { twoFactorStep } from '$lib/server/auth/guards';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const { user, session } = locals;
	return {
		locale: locals.locale,
		unread: user === null ? 0 : countUnread(db, user.id),
		// between password and second factor: show who is signed in, but no menu
		twoFactorPending: user !== null && session !== null && twoFactorStep(user, session) !== 'none',
		user:
			user === null
				? null
				: { id: user.id, name: user.name, role: user.role, institutionId: user.institutionId }
	};
};
