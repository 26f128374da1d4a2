import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { createInstitution } from '$lib/server/institutions';
import { parseInstitutionForm } from '$lib/server/forms/institution-form';
import { formValues } from '$lib/server/forms/fields';
import { invalid, rejected } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return {};
};

export const actions: Actions = { create: createAction };

async function createAction(event: Parameters<Actions['create']>[0]) {
	const admin = requireRole(event, 'admin');
	const form = await event.request.formData();
	const parsed = parseInstitutionForm(form);
	if (!parsed.ok) return invalid('create', parsed.errors, parsed.values);
	const result = createInstitution(db, { id: admin.id, role: admin.role }, parsed.data, new Date());
	if (!result.ok) return rejected('create', result.errors, formValues(form));
	redirect(303, `/admin/institutions?created=${encodeURIComponent(parsed.data.code)}`);
}
