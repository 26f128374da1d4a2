// Who may open the results, donor, public and implementation dashboards and their downloads.
// Pages and endpoints call these again: layout loads do not run for endpoints.
import { error, type RequestEvent } from '@sveltejs/kit';
import { db } from '../db';
import { requireRole } from '../auth/guards';
import { getSetting } from '../settings';
import type { Role } from '../db/schema';

export type Access = 'results' | 'donor' | 'public';

/** Who may open a results page, and whether they see exact figures. */
export function resultsAccess(event: RequestEvent, access: Access): { exact: boolean } {
	if (access === 'public') {
		if (!getSetting(db, 'publicPageEnabled')) error(404, { message: 'not_found' });
		return { exact: false };
	}
	const roles: Role[] =
		access === 'results' ? ['admin', 'reviewer', 'focal_point'] : ['donor', 'admin', 'reviewer'];
	const user = requireRole(event, ...roles);
	// the donor view is always the protected one, also when a reviewer previews it
	return { exact: access === 'results' && (user.role === 'admin' || user.role === 'reviewer') };
}

/** Who may open the implementation dashboard: signed-in staff (donors get its summary in /donor). */
export function implementationAccess(event: RequestEvent) {
	return requireRole(event, 'admin', 'reviewer', 'focal_point');
}
