import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { attachment, exampleGrid, workbook, XLSX_TYPE } from '$lib/server/plan-import/downloads';
import { downloadText } from '$lib/server/plan-import/download-text';
import example from '$lib/server/plan-import/example-plan.csv?raw';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'admin');
	const bytes = await workbook(db, exampleGrid(example), downloadText(event.locals.locale));
	return attachment(bytes, XLSX_TYPE, 'plan-example.xlsx');
};
