import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { STAFF_DRAFTS, choosePlan } from '$lib/server/plan/current';
import { today } from '$lib/dates';
import {
	generatePeriods,
	listPeriods,
	setDueDate,
	setPeriodStatus
} from '$lib/server/period-admin';
import { parseDueDateForm, parseGenerateForm } from '$lib/server/forms/period-forms';
import { formValues, str } from '$lib/server/forms/fields';
import { invalid, invalidRow, refused, rejectedRow } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { parseId } from '$lib/ids';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const { plans, plan } = choosePlan(db, parseId(event.url.searchParams.get('plan')), {
		...STAFF_DRAFTS,
		today: today()
	});
	return { plans, plan, periods: plan ? listPeriods(db, plan.id) : [] };
};

export const actions: Actions = {
	generate: generateAction,
	setDue: setDueAction,
	setStatus: setStatusAction
};

const actorOf = (event: RequestEvent) => {
	const user = requireRole(event, 'admin');
	return { id: user.id, role: user.role };
};

async function generateAction(event: RequestEvent) {
	const actor = actorOf(event);
	const form = await event.request.formData();
	const parsed = parseGenerateForm(form);
	if (!parsed.ok) return invalid('generate', parsed.errors, parsed.values);
	const r = generatePeriods(db, actor, parsed.data);
	if (!r.ok) return refused('generate', r.key, formValues(form));
	return { generated: { created: r.created.length, skipped: r.skipped.length } };
}

async function setDueAction(event: RequestEvent) {
	const actor = actorOf(event);
	const form = await event.request.formData();
	const periodId = Number(str(form, 'periodId'));
	const parsed = parseDueDateForm(form);
	if (!parsed.ok) return invalidRow('setDue', periodId, parsed.errors, parsed.values);
	const r = setDueDate(db, actor, parsed.data.periodId, parsed.data.dueDate, parsed.data.expected);
	if (!r.ok)
		return rejectedRow('setDue', periodId, { dueDate: r.key }, { dueDate: parsed.data.dueDate });
	return { dueSaved: periodId };
}

async function setStatusAction(event: RequestEvent) {
	const actor = actorOf(event);
	const form = await event.request.formData();
	const periodId = Number(str(form, 'periodId'));
	const status = str(form, 'status');
	if (status !== 'open' && status !== 'closed')
		return invalidRow('setStatus', periodId, { form: 'error.required' });
	const r = setPeriodStatus(db, actor, periodId, status);
	if (!r.ok) return rejectedRow('setStatus', periodId, { form: r.key });
	return { statusSaved: periodId };
}
