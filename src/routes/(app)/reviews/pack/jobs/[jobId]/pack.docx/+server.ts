import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { packsDir } from '$lib/server/config';
import { getPackJob, readPackFile } from '$lib/server/reviews/pack/jobs';
import type { RequestHandler } from './$types';
import { CONTENT_TYPES, downloadResponse } from '$lib/server/download';

export const GET: RequestHandler = (event) => {
	const user = requireRole(event, 'reviewer', 'admin');
	const job = getPackJob(db, event.params.jobId, user.id);
	const file = job ? readPackFile(packsDir(), job) : null;
	if (!job || file === null) error(404, { message: 'not_found' });
	return downloadResponse(new Uint8Array(file), {
		type: CONTENT_TYPES.docx,
		fileName: job.fileName
	});
};
