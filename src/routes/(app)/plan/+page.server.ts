import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import {
	browsePlan,
	choosePlan,
	countPlanActions,
	planInstitutions
} from '$lib/server/plan/browse';
import { sortByName } from '$lib/server/institutions';
import type { PageServerLoad } from './$types';
import { parseId } from '$lib/ids';

// Every signed-in role reads the plan. Filters are a GET form, so they work without JavaScript
// and a filtered view can be bookmarked or shared.
export const load: PageServerLoad = (event) => {
	requireUser(event);
	const params = event.url.searchParams;
	const { plans, plan } = choosePlan(db, parseId(params.get('plan')));
	const filters = {
		aim: parseId(params.get('aim')),
		inst: parseId(params.get('inst')),
		q: (params.get('q') ?? '').slice(0, 200)
	};
	if (!plan)
		return { plans, plan: null, filters, sections: [], actions: [], institutions: [], total: 0 };
	const { sections, actions } = browsePlan(db, {
		planId: plan.id,
		sectionId: filters.aim,
		institutionId: filters.inst,
		q: filters.q
	});
	const institutions = sortByName(planInstitutions(db, plan.id), event.locals.locale);
	return {
		plans,
		plan,
		filters,
		sections,
		actions,
		institutions,
		total: countPlanActions(db, plan.id)
	};
};
