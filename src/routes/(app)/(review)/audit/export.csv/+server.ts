import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { auditFilterFromQuery } from '$lib/server/audit-query';
import { auditCsv, auditExportRows } from '$lib/server/audit-export';
import { CONTENT_TYPES, downloadResponse } from '$lib/server/download';
import { today } from '$lib/dates';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	requireRole(event, 'admin', 'reviewer');
	const filter = auditFilterFromQuery(event.url.searchParams);
	const rows = auditExportRows(db, filter, event.locals.locale);
	return downloadResponse(auditCsv(rows), {
		type: CONTENT_TYPES.csv,
		fileName: `audit-log-${today()}.csv`
	});
};
