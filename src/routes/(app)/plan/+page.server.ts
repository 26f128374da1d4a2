import { asc } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { action, planSection } from '$lib/server/db/schema';
import type { PageServerLoad } from './$types';

// TODO: the full plan browser (filters, search, lead and partners) — issue 2.
export const load: PageServerLoad = (event) => {
	requireUser(event);
	return {
		sections: db.select().from(planSection).orderBy(asc(planSection.sortOrder)).all(),
		actions: db.select().from(action).orderBy(asc(action.sortKey)).all()
	};
};
