import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { getPackJob } from '$lib/server/reviews/pack/jobs';
import type { RequestHandler } from './$types';
import { CONTENT_TYPES, downloadResponse } from '$lib/server/download';

export const GET: RequestHandler = (event) => {
	const user = requireRole(event, 'reviewer', 'admin');
	const job = getPackJob(event.params.jobId, user.id);
	if (!job || job.step !== 'done' || job.file === null) error(404, { message: 'not_found' });
	return downloadResponse(new Uint8Array(job.file), {
		type: CONTENT_TYPES.docx,
		fileName: job.fileName
	});
};
