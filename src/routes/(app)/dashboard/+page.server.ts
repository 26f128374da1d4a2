import { db } from '$lib/server/db';
import { implementationAccess } from '$lib/server/dashboards/access';
import { loadImplementationPage } from '$lib/server/dashboards/implementation-page';
import type { PageServerLoad } from './$types';
import { today } from '$lib/dates';

export const load: PageServerLoad = (event) => {
	implementationAccess(event);
	return loadImplementationPage(db, event.url.searchParams, {
		staff: true,
		today: today()
	});
};
