import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { getInstitution } from '$lib/server/institutions';
import { myActions } from '$lib/server/progress/overview';
import { startReport } from '$lib/server/progress/reports';
import { invalidRow, rejectedRow } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad } from './$types';
import { parseId } from '$lib/ids';
import { today } from '$lib/dates';

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'focal_point');
	const now = new Date();
	if (user.institutionId === null) return { institution: null, today: today(now), overview: null };
	const inst = getInstitution(db, user.institutionId);
	return {
		institution: inst,
		today: today(now),
		overview: myActions(db, user.institutionId, event.url.searchParams.get('period'), now)
	};
};

export const actions: Actions = { start: startAction };

async function startAction(event: Parameters<Actions['start']>[0]) {
	const user = requireRole(event, 'focal_point');
	const form = await event.request.formData();
	const actionId = parseId(String(form.get('actionId')));
	const periodId = parseId(String(form.get('periodId')));
	// a form that names no action or period is malformed input (400), not a missing report
	if (actionId === null || periodId === null)
		return invalidRow('start', 0, { form: 'progress.error.not_found' });
	// the institution is always the user's own: a forged field cannot name another one
	const res = startReport(db, user, { actionId, periodId }, new Date());
	if (!res.ok) return rejectedRow('start', actionId, { form: `progress.error.${res.error}` });
	redirect(303, `/reports/${res.id}`);
}
