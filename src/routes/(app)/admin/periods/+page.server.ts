import { fail } from '@sveltejs/kit';
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
	if (!parsed.ok)
		return fail(400, { kind: 'generate' as const, errors: parsed.errors, values: parsed.values });
	const r = generatePeriods(db, actor, parsed.data);
	if (!r.ok)
		return fail(404, {
			kind: 'generate' as const,
			errors: { form: r.key },
			values: formValues(form)
		});
	return { kind: 'generate' as const, created: r.created.length, skipped: r.skipped.length };
}

async function setDueAction(event: RequestEvent) {
	const actor = actorOf(event);
	const form = await event.request.formData();
	const periodId = Number(str(form, 'periodId'));
	const parsed = parseDueDateForm(form);
	if (!parsed.ok)
		return fail(400, {
			kind: 'due' as const,
			periodId,
			errors: parsed.errors,
			values: parsed.values
		});
	const r = setDueDate(db, actor, parsed.data.periodId, parsed.data.dueDate, parsed.data.expected);
	if (!r.ok)
		return fail(r.status, {
			kind: 'due' as const,
			periodId,
			errors: { dueDate: r.key },
			values: { dueDate: parsed.data.dueDate }
		});
	return { kind: 'due' as const, periodId, saved: true };
}

async function setStatusAction(event: RequestEvent) {
	const actor = actorOf(event);
	const form = await event.request.formData();
	const periodId = Number(str(form, 'periodId'));
	const status = str(form, 'status');
	if (status !== 'open' && status !== 'closed')
		return fail(400, { kind: 'status' as const, periodId, errors: { form: 'error.required' } });
	const r = setPeriodStatus(db, actor, periodId, status);
	if (!r.ok) return fail(r.status, { kind: 'status' as const, periodId, errors: { form: r.key } });
	return { kind: 'status' as const, periodId, saved: true };
}
