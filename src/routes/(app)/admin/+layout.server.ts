import { requireRole } from '$lib/server/auth/guards';
import type { LayoutServerLoad } from './$types';

// Every admin page and action checks the role again; this covers pages without a load.
export const load: LayoutServerLoad = (event) => {
	requireRole(event, 'admin');
	return {};
};
