import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getPackJob } from '$lib/server/reviews/pack/jobs';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	const user = requireRole(event, 'reviewer', 'admin');
	const job = getPackJob(event.params.jobId, user.id);
	if (!job || job.step !== 'done' || job.file === null) error(404, { message: 'not_found' });
	return new Response(new Uint8Array(job.file), {
		headers: {
			'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'Content-Disposition': `attachment; filename="${job.fileName}"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
