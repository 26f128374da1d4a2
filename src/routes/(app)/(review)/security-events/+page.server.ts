import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { querySecurityEvents, securityOperations } from '$lib/server/security-event-query';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin', 'reviewer');
	const q = event.url.searchParams;
	const filter = {
		operation: q.get('operation') || null,
		who: q.get('who')?.trim().slice(0, 100) || null,
		before: /^\d+$/.test(q.get('before') ?? '') ? Number(q.get('before')) : null
	};
	return {
		filter,
		operations: securityOperations(db),
		...querySecurityEvents(db, filter)
	};
};
