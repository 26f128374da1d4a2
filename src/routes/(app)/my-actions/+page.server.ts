import { fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { getInstitution } from '$lib/server/institutions';
import { myActions } from '$lib/server/progress/overview';
import { startReport } from '$lib/server/progress/reports';
import { isoDay } from '$lib/server/progress/periods';
import type { Actions, PageServerLoad } from './$types';
import { parseId } from '$lib/ids';

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'focal_point');
	const now = new Date();
	if (user.institutionId === null) return { institution: null, today: isoDay(now), overview: null };
	const inst = getInstitution(db, user.institutionId);
	return {
		institution: inst,
		today: isoDay(now),
		overview: myActions(db, user.institutionId, event.url.searchParams.get('period'), now)
	};
};

export const actions: Actions = { start: startAction };

async function startAction(event: Parameters<Actions['start']>[0]) {
	const user = requireRole(event, 'focal_point');
	const form = await event.request.formData();
	const actionId = parseId(String(form.get('actionId')));
	const periodId = parseId(String(form.get('periodId')));
	if (actionId === null || periodId === null)
		return fail(400, { error: 'progress.error.not_found', actionId });
	// the institution is always the user's own: a forged field cannot name another one
	const res = startReport(db, user, { actionId, periodId }, new Date());
	if (!res.ok)
		return fail(res.error === 'forbidden' ? 403 : 400, {
			error: `progress.error.${res.error}`,
			actionId
		});
	redirect(303, `/reports/${res.id}`);
}
