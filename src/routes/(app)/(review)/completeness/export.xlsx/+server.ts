import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { completenessRows, completenessXlsx } from '$lib/server/progress/completeness-export';
import { CONTENT_TYPES, downloadResponse } from '$lib/server/download';
import { today } from '$lib/dates';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'admin', 'reviewer');
	const now = new Date();
	const rows = completenessRows(db, event.locals.locale, now);
	const body = await completenessXlsx(rows, event.locals.locale, now);
	return downloadResponse(new Uint8Array(body), {
		type: CONTENT_TYPES.xlsx,
		fileName: `completeness-${today(now)}.xlsx`
	});
};
