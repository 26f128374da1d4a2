import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { templateGrid, workbook } from '$lib/server/plan-import/downloads';
import { downloadText } from '$lib/server/plan-import/download-text';
import type { RequestHandler } from './$types';
import { CONTENT_TYPES, downloadResponse } from '$lib/server/download';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'admin');
	const locale = event.locals.locale;
	const bytes = await workbook(db, templateGrid(locale), downloadText(locale));
	return downloadResponse(bytes, {
		type: CONTENT_TYPES.xlsx,
		fileName: `plan-template-${locale}.xlsx`
	});
};
