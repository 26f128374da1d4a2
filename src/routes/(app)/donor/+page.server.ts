import { db } from '$lib/server/db';
import { resultsAccess } from '$lib/server/dashboards/access';
import { loadDonorPage } from '$lib/server/dashboards/results-page';
import type { PageServerLoad } from './$types';
import { today } from '$lib/dates';

// Protected figures only, no institution-level detail, no narratives, names or evidence.
// Donors, and reviewers or admins previewing what donors see.
export const load: PageServerLoad = (event) => {
	resultsAccess(event, 'donor');
	return loadDonorPage(db, event.url.searchParams, today());
};
