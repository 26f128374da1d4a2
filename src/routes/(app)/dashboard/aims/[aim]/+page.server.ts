import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { canAccessInstitution } from '$lib/server/auth/guards';
import { implementationAccess } from '$lib/server/dashboards/access';
import { actionsAsOf } from '$lib/server/dashboards/implementation';
import { loadImplementationPage } from '$lib/server/dashboards/implementation-page';
import type { PageServerLoad } from './$types';
import { today } from '$lib/dates';

// Drill-down: an aim's actions with their status as of the period, each linked to its report.
export const load: PageServerLoad = (event) => {
	const user = implementationAccess(event);
	const params = new URLSearchParams(event.url.searchParams);
	params.set('aim', event.params.aim);
	const page = loadImplementationPage(db, params, {
		staff: true,
		today: today()
	});
	const aim = page.aims.find((a) => String(a.position) === event.params.aim);
	if (!aim || !page.period || page.planId === null) error(404, { message: 'not_found' });
	const q = { planId: page.planId, end: page.period.endDate, institutionId: page.institutionId };
	const actions = actionsAsOf(db, q, aim.id).map((a) => ({
		...a,
		overdue: a.timing === 'delayed' && a.deadline !== null && a.deadline < page.period!.endDate,
		// a report page is linked only where the viewer may open it
		reportId:
			a.reportId !== null &&
			a.reportInstitution !== null &&
			canAccessInstitution(user, a.reportInstitution)
				? a.reportId
				: null
	}));
	return { aim, period: page.period, actions, back: `/dashboard${page.query}` };
};
