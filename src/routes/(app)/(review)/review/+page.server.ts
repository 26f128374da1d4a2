import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { inboxFilterOptions, listInbox, notStarted } from '$lib/server/inbox/query';
import { inboxHref, inboxQuery, parseInboxFilter } from '$lib/inbox';
import type { PageServerLoad } from './$types';
import { today } from '$lib/dates';

// The inbox: progress and statistics submissions together. The filters are a GET form, so they
// live in the URL (kept on the way to a report and back) and work without JavaScript.
export const load: PageServerLoad = (event) => {
	requireRole(event, 'reviewer', 'admin');
	const filter = parseInboxFilter(event.url.searchParams);
	const query = inboxQuery(filter);
	// one address per filter (the form also sends its empty fields): clean to share and bookmark
	const cleared = event.url.searchParams.get('cleared');
	const canonical = inboxHref(query, cleared ? { cleared } : {});
	if (`${event.url.pathname}${event.url.search}` !== canonical) redirect(303, canonical);
	// what is behind a completeness cell: the reports in any state, and the ones not started
	const cell =
		filter.state === 'all' &&
		filter.kind !== 'statistics' &&
		filter.institutionId &&
		filter.periodId
			? notStarted(db, filter.institutionId, filter.periodId)
			: [];
	return {
		filter,
		query,
		items: listInbox(db, filter),
		notStarted: cell,
		options: inboxFilterOptions(db),
		today: today()
	};
};
