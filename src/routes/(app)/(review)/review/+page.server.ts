import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { queueFilterOptions, reviewQueue } from '$lib/server/progress/queue';
import { isoDay } from '$lib/server/progress/periods';
import type { PageServerLoad } from './$types';

const id = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : null);

export const load: PageServerLoad = (event) => {
	requireRole(event, 'reviewer', 'admin');
	const q = event.url.searchParams;
	const filter = {
		institutionId: id(q.get('institution')),
		sectionId: id(q.get('aim')),
		periodId: id(q.get('period'))
	};
	return {
		filter,
		queue: reviewQueue(db, filter),
		options: queueFilterOptions(db),
		today: isoDay(new Date())
	};
};
