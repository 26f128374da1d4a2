import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { compareFromQuery } from '$lib/server/reviews/compare-request';
import { compareCsv } from '$lib/server/reviews/compare-export';
import type { RequestHandler } from './$types';
import { CONTENT_TYPES, downloadResponse } from '$lib/server/download';

export const GET: RequestHandler = (event) => {
	requireRole(event, 'reviewer', 'admin');
	const r = compareFromQuery(db, event.url.searchParams, event.locals.locale, new Date());
	if (r.status !== 'ok') error(404, { message: 'not_found' });
	return downloadResponse(compareCsv(r.tables, event.locals.locale), {
		type: CONTENT_TYPES.csv,
		fileName: `review-comparison-${r.before}-${r.after}.csv`
	});
};
