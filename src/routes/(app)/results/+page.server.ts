import { db } from '$lib/server/db';
import { resultsAccess } from '$lib/server/dashboards/access';
import { loadResultsPage } from '$lib/server/dashboards/results-page';
import type { PageServerLoad } from './$types';

// Reviewers and admins see exact figures; focal points the protected ones (like donors).
export const load: PageServerLoad = (event) => {
	const audience = resultsAccess(event, 'results');
	return loadResultsPage(db, event.url.searchParams, audience);
};
