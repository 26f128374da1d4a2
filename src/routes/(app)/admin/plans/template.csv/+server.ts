import { requireRole } from '$lib/server/auth/guards';
import { templateCsv } from '$lib/server/plan-import/downloads';
import type { RequestHandler } from './$types';
import { CONTENT_TYPES, downloadResponse } from '$lib/server/download';

export const GET: RequestHandler = (event) => {
	requireRole(event, 'admin');
	const locale = event.locals.locale;
	return downloadResponse(templateCsv(locale), {
		type: CONTENT_TYPES.csv,
		fileName: `plan-template-${locale}.csv`
	});
};
