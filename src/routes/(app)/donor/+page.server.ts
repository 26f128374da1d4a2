import { db } from '$lib/server/db';
import { resultsAccess } from '$lib/server/dashboards/access';
import { loadDonorPage } from '$lib/server/dashboards/results-page';
import type { PageServerLoad } from './$types';

// Protected figures only, no institution-level detail, no narratives, names or evidence.
// Donors, and reviewers or admins previewing what donors see.
export const load: PageServerLoad = (event) => {
	resultsAccess(event, 'donor');
	return loadDonorPage(db, event.url.searchParams, new Date().toISOString().slice(0, 10));
};
