import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { compareFromQuery } from '$lib/server/reviews/compare-request';
import { listSnapshots } from '$lib/server/reviews/snapshots';
import { sectionChoices, loadPlanView } from '$lib/server/reviews/plan-view';
import { snapshotName } from '$lib/snapshot-name';
import { sortByName } from '$lib/server/institutions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'reviewer', 'admin');
	const result = compareFromQuery(db, event.url.searchParams, event.locals.locale, new Date());
	if (result.status === 'not_found') error(404, { message: 'not_found' });
	const snapshots = listSnapshots(db).map((s) => ({
		id: s.id,
		name: snapshotName(s, event.locals.locale),
		asOf: s.asOf,
		planId: s.planId
	}));
	const view = result.status === 'ok' ? loadPlanView(db, result.planId) : null;
	return {
		result,
		snapshots,
		sections: sectionChoices(view),
		institutions: view
			? sortByName(
					[...view.institutions.values()].filter((i) =>
						view.actions.some((a) => a.institutions.some((x) => x.institutionId === i.id))
					),
					event.locals.locale
				)
			: [],
		query: event.url.search
	};
};
