import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { attachment, templateGrid, workbook, XLSX_TYPE } from '$lib/server/plan-import/downloads';
import { downloadText } from '$lib/server/plan-import/download-text';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'admin');
	const locale = event.locals.locale;
	const bytes = await workbook(db, templateGrid(locale), downloadText(locale));
	return attachment(bytes, XLSX_TYPE, `plan-template-${locale}.xlsx`);
};
