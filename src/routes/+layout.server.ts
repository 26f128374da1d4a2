import { db } from '$lib/server/db';
import { countUnread } from '$lib/server/notifications';
import { twoFactorStep } from '$lib/server/auth/guards';
import { pageMessages } from '$lib/server/page-messages';
import type { LayoutServerLoad } from './$types';

// Reading route.id makes this load run again on each client-side navigation to another route, so
// every page has its own route's messages (and no page carries the whole dictionary).
export const load: LayoutServerLoad = ({ locals, route }) => {
	const { user, session } = locals;
	return {
		locale: locals.locale,
		messages: pageMessages(locals.locale, route.id),
		unread: user === null ? 0 : countUnread(db, user.id),
		// between password and second factor: show who is signed in, but no menu
		twoFactorPending: user !== null && session !== null && twoFactorStep(user, session) !== 'none',
		user:
			user === null
				? null
				: { id: user.id, name: user.name, role: user.role, institutionId: user.institutionId }
	};
};
