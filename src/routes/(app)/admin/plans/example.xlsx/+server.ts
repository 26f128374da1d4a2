import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { exampleGrid, workbook } from '$lib/server/plan-import/downloads';
import { downloadText } from '$lib/server/plan-import/download-text';
import example from '$lib/server/plan-import/example-plan.csv?raw';
import type { RequestHandler } from './$types';
import { CONTENT_TYPES, downloadResponse } from '$lib/server/download';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'admin');
	const bytes = await workbook(db, exampleGrid(example), downloadText(event.locals.locale));
	return downloadResponse(bytes, { type: CONTENT_TYPES.xlsx, fileName: 'plan-example.xlsx' });
};
