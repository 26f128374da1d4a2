import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import {
	auditEntities,
	auditFilterFromQuery,
	auditOperations,
	queryAudit
} from '$lib/server/audit-query';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin', 'reviewer');
	const filter = auditFilterFromQuery(event.url.searchParams);
	return {
		filter,
		entities: auditEntities(db),
		operations: auditOperations(db),
		...queryAudit(db, filter, event.locals.locale)
	};
};
