import { db } from '$lib/server/db';
import { resultsAccess } from '$lib/server/dashboards/export-route';
import { loadResultsPage } from '$lib/server/dashboards/results-page';
import type { PageServerLoad } from './$types';

// Off unless an admin turns it on (/admin/disclosure); then the donor view's figures, signed out.
export const load: PageServerLoad = (event) => {
	const audience = resultsAccess(event, 'public');
	return loadResultsPage(db, event.url.searchParams, audience);
};
