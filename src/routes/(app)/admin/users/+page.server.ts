import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { listUsers } from '$lib/server/user-admin';
import { institutionOptions } from '$lib/server/institutions';
import { ROLES } from '$lib/server/db/schema';
import type { PageServerLoad } from './$types';
import { parseId } from '$lib/ids';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const sp = event.url.searchParams;
	const role = ROLES.find((r) => r === sp.get('role')) ?? '';
	const institutionId = parseId(sp.get('institution')) ?? undefined;
	const q = (sp.get('q') ?? '').slice(0, 100);
	const locale = event.locals.locale;
	return {
		filter: { role, institution: institutionId ? String(institutionId) : '', q },
		users: listUsers(db, { role: role || undefined, institutionId, q }, locale),
		institutions: institutionOptions(db, locale)
	};
};
