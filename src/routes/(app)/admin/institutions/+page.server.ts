import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { listInstitutions } from '$lib/server/institutions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return {
		institutions: listInstitutions(db, { locale: event.locals.locale }),
		created: event.url.searchParams.get('created')
	};
};
