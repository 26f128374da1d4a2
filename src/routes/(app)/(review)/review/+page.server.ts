import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { queueFilterOptions, reviewQueue } from '$lib/server/progress/queue';
import type { PageServerLoad } from './$types';
import { parseId } from '$lib/ids';
import { today } from '$lib/dates';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'reviewer', 'admin');
	const q = event.url.searchParams;
	const filter = {
		institutionId: parseId(q.get('institution')),
		sectionId: parseId(q.get('aim')),
		periodId: parseId(q.get('period'))
	};
	return {
		filter,
		queue: reviewQueue(db, filter),
		options: queueFilterOptions(db),
		today: today()
	};
};
