import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { compareFromQuery } from '$lib/server/reviews/compare-request';
import { compareXlsx } from '$lib/server/reviews/compare-export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'reviewer', 'admin');
	const now = new Date();
	const r = compareFromQuery(db, event.url.searchParams, event.locals.locale, now);
	if (r.status !== 'ok') error(404, { message: 'not_found' });
	const body = await compareXlsx(r.tables, event.locals.locale, now);
	return new Response(new Uint8Array(body), {
		headers: {
			'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'Content-Disposition': `attachment; filename="review-comparison-${r.before}-${r.after}.xlsx"`
		}
	});
};
