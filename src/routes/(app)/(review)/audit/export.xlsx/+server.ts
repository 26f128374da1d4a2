import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { auditFilterFromQuery } from '$lib/server/audit-query';
import { auditExportRows, auditXlsx } from '$lib/server/audit-export';
import { CONTENT_TYPES, downloadResponse } from '$lib/server/download';
import { today } from '$lib/dates';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'admin', 'reviewer');
	const now = new Date();
	const filter = auditFilterFromQuery(event.url.searchParams);
	const rows = auditExportRows(db, filter, event.locals.locale);
	const body = await auditXlsx(rows, event.locals.locale, now);
	return downloadResponse(new Uint8Array(body), {
		type: CONTENT_TYPES.xlsx,
		fileName: `audit-log-${today(now)}.xlsx`
	});
};
