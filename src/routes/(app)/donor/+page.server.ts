import { db } from '$lib/server/db';
import { resultsAccess } from '$lib/server/dashboards/export-route';
import { loadResultsPage } from '$lib/server/dashboards/results-page';
import type { PageServerLoad } from './$types';

// Donors, and reviewers or admins previewing what donors see: protected figures only, no
// institution-level detail, no narratives, names or evidence.
export const load: PageServerLoad = (event) => {
	const audience = resultsAccess(event, 'donor');
	return loadResultsPage(db, event.url.searchParams, audience);
};
