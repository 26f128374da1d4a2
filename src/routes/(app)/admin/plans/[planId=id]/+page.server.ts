import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { getPlan } from '$lib/server/plan/plans';
import { planStamp, updatePlan } from '$lib/server/plan/admin';
import { browsePlan } from '$lib/server/plan/browse';
import { parsePlanMetaForm } from '$lib/server/forms/plan-forms';
import { formValues, str } from '$lib/server/forms/fields';
import { invalid, rejected, orNotFound } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const planOr404 = (planIdParam: string) => orNotFound(getPlan(db, Number(planIdParam)));

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const p = planOr404(event.params.planId);
	const { sections, actions } = browsePlan(db, { planId: p.id });
	return { plan: p, stamp: planStamp(db, p.id)!, sections, actions };
};

export const actions: Actions = { update: updateAction };

async function updateAction(event: RequestEvent) {
	const user = requireRole(event, 'admin');
	const p = planOr404(event.params.planId);
	const form = await event.request.formData();
	const parsed = parsePlanMetaForm(form);
	if (!parsed.ok) return invalid('update', parsed.errors, parsed.values);
	const r = updatePlan(db, { id: user.id, role: user.role }, p.id, parsed.data, str(form, 'stamp'));
	if (!r.ok) return rejected('update', r.errors, formValues(form));
	return { saved: true };
}
