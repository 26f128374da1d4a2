import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { auditLogPage } from '$lib/server/audit-query';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin', 'reviewer');
	return auditLogPage(db, event.url.searchParams, event.locals.locale);
};
