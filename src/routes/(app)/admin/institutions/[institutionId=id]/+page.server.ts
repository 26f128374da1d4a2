import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { getInstitution, setInstitutionActive, updateInstitution } from '$lib/server/institutions';
import { parseInstitutionForm } from '$lib/server/forms/institution-form';
import { formValues } from '$lib/server/forms/fields';
import { invalid, rejected } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function target(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	const i = getInstitution(db, Number(event.params.institutionId));
	if (!i) error(404, { message: 'not_found' });
	return i;
}

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return { institution: target(event) };
};

export const actions: Actions = {
	update: updateAction,
	deactivate: (e) => activeAction(e, false),
	activate: (e) => activeAction(e, true)
};

async function updateAction(event: RequestEvent) {
	const admin = requireRole(event, 'admin');
	const inst = target(event);
	const form = await event.request.formData();
	const parsed = parseInstitutionForm(form);
	if (!parsed.ok) return invalid('update', parsed.errors, parsed.values);
	const result = updateInstitution(
		db,
		{ id: admin.id, role: admin.role },
		inst.id,
		parsed.data,
		new Date()
	);
	if (!result.ok) return rejected('update', result.errors, formValues(form));
	return { saved: true };
}

function activeAction(event: RequestEvent, active: boolean) {
	const admin = requireRole(event, 'admin');
	setInstitutionActive(
		db,
		{ id: admin.id, role: admin.role },
		target(event).id,
		active,
		new Date()
	);
	return { saved: true };
}
