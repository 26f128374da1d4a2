import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { completenessMatrix } from '$lib/server/progress/completeness';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'reviewer', 'admin');
	return completenessMatrix(db, new Date());
};
