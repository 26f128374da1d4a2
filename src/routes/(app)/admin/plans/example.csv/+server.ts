import { requireRole } from '$lib/server/auth/guards';
import example from '$lib/server/plan-import/example-plan.csv?raw';
import type { RequestHandler } from './$types';
import { CONTENT_TYPES, downloadResponse } from '$lib/server/download';

export const GET: RequestHandler = (event) => {
	requireRole(event, 'admin');
	return downloadResponse('\uFEFF' + example, {
		type: CONTENT_TYPES.csv,
		fileName: 'plan-example.csv'
	});
};
