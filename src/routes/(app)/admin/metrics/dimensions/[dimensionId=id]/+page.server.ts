import { error, type RequestEvent } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { loadDimensions } from '$lib/server/statistics/definitions';
import { deleteCategory, saveCategory, saveDimension } from '$lib/server/statistics/admin';
import { parseId } from '$lib/ids';
import { parseNamedForm } from '$lib/server/forms/metric-form';
import { formValues, str } from '$lib/server/forms/fields';
import { invalidRow, rejectedRow, orNotFound } from '$lib/server/forms/fail';
import { submitForm } from '$lib/server/forms/submit';
import type { Actions, PageServerLoad } from './$types';

type Event = RequestEvent<{ dimensionId: string }>;

const dimensionOr404 = (raw: string) =>
	orNotFound(loadDimensions(db).find((d) => d.id === Number(raw)));

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return { dimension: dimensionOr404(event.params.dimensionId) };
};

export const actions: Actions = {
	saveDimension: saveDimensionAction,
	saveCategory: saveCategoryAction,
	deleteCategory: deleteCategoryAction
};

async function saveDimensionAction(event: Event) {
	const user = requireRole(event, 'admin');
	const dim = dimensionOr404(event.params.dimensionId);
	return submitForm(
		event.request,
		'saveDimension',
		parseNamedForm,
		(data) => saveDimension(db, user, dim.id, data, new Date()),
		() => ({ saved: 'dimension' })
	);
}

async function saveCategoryAction(event: Event) {
	const user = requireRole(event, 'admin');
	const dim = dimensionOr404(event.params.dimensionId);
	const form = await event.request.formData();
	const target = str(form, 'id') || 'new';
	const parsed = parseNamedForm(form);
	const id = target === 'new' ? null : parseId(target);
	if (target !== 'new' && id === null) error(404, { message: 'not_found' });
	// the page keys its category forms by id, 0 for the 'new' form
	if (!parsed.ok) return invalidRow('saveCategory', id ?? 0, parsed.errors, parsed.values);
	const r = saveCategory(db, user, dim.id, id, parsed.data, new Date());
	if (!r.ok) return rejectedRow('saveCategory', id ?? 0, r.errors, formValues(form));
	return { saved: target };
}

async function deleteCategoryAction(event: Event) {
	const user = requireRole(event, 'admin');
	const dim = dimensionOr404(event.params.dimensionId);
	const form = await event.request.formData();
	const id = parseId(str(form, 'id'));
	if (id === null) error(404, { message: 'not_found' });
	const r = deleteCategory(db, user, dim.id, id, new Date());
	if (!r.ok) return rejectedRow('deleteCategory', id, r.errors);
	return { saved: 'deleted' };
}
