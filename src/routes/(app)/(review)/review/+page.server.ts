import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { inboxFilterOptions, listInbox } from '$lib/server/inbox/query';
import { inboxQuery, parseInboxFilter } from '$lib/inbox';
import type { PageServerLoad } from './$types';
import { today } from '$lib/dates';

// The inbox: progress and statistics submissions together. The filters are a GET form, so they
// live in the URL (kept on the way to a report and back) and work without JavaScript.
export const load: PageServerLoad = (event) => {
	requireRole(event, 'reviewer', 'admin');
	const filter = parseInboxFilter(event.url.searchParams);
	return {
		filter,
		query: inboxQuery(filter),
		items: listInbox(db, filter),
		options: inboxFilterOptions(db),
		today: today()
	};
};
