import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { getSection } from '$lib/server/plan/plans';
import { sectionStamp, updateSection } from '$lib/server/plan/admin';
import { parseSectionForm } from '$lib/server/forms/plan-forms';
import { invalid, rejected, orNotFound } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const sectionOr404 = (params: { planId: string; sectionId: string }) =>
	orNotFound(getSection(db, Number(params.planId), Number(params.sectionId)));

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const section = sectionOr404(event.params);
	return { section, stamp: sectionStamp(section) };
};

export const actions: Actions = { update: updateAction };

async function updateAction(event: RequestEvent) {
	const user = requireRole(event, 'admin');
	const section = sectionOr404(event.params);
	const form = await event.request.formData();
	const parsed = parseSectionForm(form);
	if (!parsed.ok) return invalid('update', parsed.errors, parsed.values);
	const { stamp, ...values } = parsed.data;
	const r = updateSection(db, { id: user.id, role: user.role }, section.id, values, stamp);
	if (!r.ok) return rejected('update', r.errors, { ...values, source: values.source ?? '' });
	redirect(303, `/admin/plans/${event.params.planId}`);
}
