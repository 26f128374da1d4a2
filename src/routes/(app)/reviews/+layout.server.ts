import { requireRole } from '$lib/server/auth/guards';
import type { LayoutServerLoad } from './$types';

// Reviews are for IOM reviewers and administrators; every page and action below checks again.
export const load: LayoutServerLoad = (event) => {
	requireRole(event, 'reviewer', 'admin');
	return {};
};
