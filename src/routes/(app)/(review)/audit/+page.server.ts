import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { auditEntities, queryAudit } from '$lib/server/audit-query';
import type { PageServerLoad } from './$types';
import { parseId } from '$lib/ids';
import { parseIsoDate } from '$lib/dates';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin', 'reviewer');
	const q = event.url.searchParams;
	const filter = {
		entity: q.get('entity') || null,
		entityId: q.get('entityId')?.trim() || null,
		operation: q.get('operation')?.trim() || null,
		actor: q.get('actor')?.trim() || null,
		from: parseIsoDate(q.get('from')),
		to: parseIsoDate(q.get('to')),
		before: parseId(q.get('before'))
	};
	return { filter, entities: auditEntities(db), ...queryAudit(db, filter) };
};
