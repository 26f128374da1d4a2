import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { completenessCsv, completenessRows } from '$lib/server/progress/completeness-export';
import { CONTENT_TYPES, downloadResponse } from '$lib/server/download';
import { today } from '$lib/dates';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	requireRole(event, 'admin', 'reviewer');
	const now = new Date();
	const rows = completenessRows(db, event.locals.locale, now);
	return downloadResponse(completenessCsv(rows), {
		type: CONTENT_TYPES.csv,
		fileName: `completeness-${today(now)}.csv`
	});
};
