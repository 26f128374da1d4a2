import { requireRole } from '$lib/server/auth/guards';
import { attachment, templateCsv } from '$lib/server/plan-import/downloads';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	requireRole(event, 'admin');
	const locale = event.locals.locale;
	return attachment(templateCsv(locale), 'text/csv; charset=utf-8', `plan-template-${locale}.csv`);
};
