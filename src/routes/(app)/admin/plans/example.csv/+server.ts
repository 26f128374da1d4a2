import { requireRole } from '$lib/server/auth/guards';
import { attachment } from '$lib/server/plan-import/downloads';
import example from '$lib/server/plan-import/example-plan.csv?raw';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	requireRole(event, 'admin');
	return attachment('\uFEFF' + example, 'text/csv; charset=utf-8', 'plan-example.csv');
};
