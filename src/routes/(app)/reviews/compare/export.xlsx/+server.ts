import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { compareFromQuery } from '$lib/server/reviews/compare-request';
import { compareXlsx } from '$lib/server/reviews/compare-export';
import type { RequestHandler } from './$types';
import { CONTENT_TYPES, downloadResponse } from '$lib/server/download';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'reviewer', 'admin');
	const now = new Date();
	const r = compareFromQuery(db, event.url.searchParams, event.locals.locale, now);
	if (r.status !== 'ok') error(404, { message: 'not_found' });
	const body = await compareXlsx(r.tables, event.locals.locale, now);
	return downloadResponse(new Uint8Array(body), {
		type: CONTENT_TYPES.xlsx,
		fileName: `review-comparison-${r.before}-${r.after}.xlsx`
	});
};
