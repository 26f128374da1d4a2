import { error, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { institutionNames, listInstitutions } from '$lib/server/institutions';
import { actionStamp, updateAction } from '$lib/server/plan/admin';
import { getActionDetail } from '$lib/server/plan/browse';
import {
	addIndicator,
	indicatorStamp,
	removeIndicator,
	updateIndicator
} from '$lib/server/plan/indicators';
import { parseActionForm, parseIndicatorForm } from '$lib/server/forms/plan-forms';
import { formValues, str } from '$lib/server/forms/fields';
import { invalid, invalidRow, rejected, rejectedRow } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function detailOr404(params: { planId: string; actionId: string }) {
	const d = getActionDetail(db, Number(params.actionId));
	if (!d || d.plan.id !== Number(params.planId)) error(404, { message: 'not_found' });
	return d;
}

const actorOf = (event: RequestEvent) => {
	const user = requireRole(event, 'admin');
	return { id: user.id, role: user.role };
};

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const d = detailOr404(event.params);
	return {
		...d,
		institutions: institutionNames(db, { locale: event.locals.locale }),
		stamp: actionStamp(db, d.action.id)!,
		indicators: d.indicators.map((i) => ({ ...i, stamp: indicatorStamp(i) }))
	};
};

export const actions: Actions = {
	update: saveAction,
	addIndicator: addIndicatorAction,
	updateIndicator: updateIndicatorAction,
	removeIndicator: removeIndicatorAction
};

async function saveAction(event: RequestEvent) {
	const actor = actorOf(event);
	const d = detailOr404(event.params);
	const form = await event.request.formData();
	const ids = listInstitutions(db).map((i) => i.id);
	const parsed = parseActionForm(form, ids);
	if (!parsed.ok) return invalid('update', parsed.errors, parsed.values);
	const { stamp, ...edit } = parsed.data;
	const r = updateAction(db, actor, d.action.id, edit, stamp);
	if (!r.ok) return rejected('update', r.errors, formValues(form));
	redirect(303, `/plan/actions/${d.action.id}`);
}

async function addIndicatorAction(event: RequestEvent) {
	const actor = actorOf(event);
	const d = detailOr404(event.params);
	const form = await event.request.formData();
	const parsed = parseIndicatorForm(form);
	if (!parsed.ok) return invalidRow('addIndicator', 0, parsed.errors, parsed.values);
	const r = addIndicator(db, actor, d.action.id, parsed.data);
	if (!r.ok) return rejectedRow('addIndicator', 0, r.errors, formValues(form));
	return { indicatorSaved: 0 };
}

async function updateIndicatorAction(event: RequestEvent) {
	const actor = actorOf(event);
	const d = detailOr404(event.params);
	const form = await event.request.formData();
	const indicatorId = Number(str(form, 'indicatorId'));
	const parsed = parseIndicatorForm(form);
	if (!parsed.ok) return invalidRow('updateIndicator', indicatorId, parsed.errors, parsed.values);
	const r = updateIndicator(db, actor, d.action.id, indicatorId, parsed.data, str(form, 'stamp'));
	if (!r.ok) return rejectedRow('updateIndicator', indicatorId, r.errors, formValues(form));
	return { indicatorSaved: indicatorId };
}

async function removeIndicatorAction(event: RequestEvent) {
	const actor = actorOf(event);
	const d = detailOr404(event.params);
	const form = await event.request.formData();
	const indicatorId = Number(str(form, 'indicatorId'));
	const r = removeIndicator(db, actor, d.action.id, indicatorId);
	if (!r.ok) return rejectedRow('removeIndicator', indicatorId, r.errors, {});
	return { indicatorSaved: indicatorId };
}
