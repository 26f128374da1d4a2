import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { getPackJob } from '$lib/server/reviews/pack/jobs';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'reviewer', 'admin');
	const job = getPackJob(db, event.params.jobId, user.id);
	if (!job) error(404, { message: 'not_found' });
	return { job: { id: job.id, step: job.step, fileName: job.fileName }, query: event.url.search };
};
