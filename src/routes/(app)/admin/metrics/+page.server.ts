import { redirect, type RequestEvent } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { loadDimensions, loadMetrics } from '$lib/server/statistics/definitions';
import { saveDimension, saveMetric } from '$lib/server/statistics/admin';
import {
	addNextStatYear,
	listStatPeriods,
	periodYear,
	setStatPeriodStatus
} from '$lib/server/statistics/periods';
import { parseId } from '$lib/ids';
import { str } from '$lib/server/forms/fields';
import { parseMetricForm, parseNamedForm } from '$lib/server/forms/metric-form';
import { formValues } from '$lib/server/forms/fields';
import { invalid, refused, rejected } from '$lib/server/forms/fail';
import { loadResultSpec } from '$lib/server/dashboards/results-spec';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const years = listStatPeriods(db).map((p) => ({
		id: p.id,
		year: periodYear(p),
		status: p.status
	}));
	return {
		metrics: loadMetrics(db),
		dimensions: loadDimensions(db),
		years,
		// metrics a published table shows on the results page and the donor view
		published: loadResultSpec(db).metrics.map((m) => m.code)
	};
};

export const actions: Actions = {
	createMetric: createMetricAction,
	createDimension: createDimensionAction,
	setYearStatus: setYearStatusAction,
	addYear: addYearAction
};

async function setYearStatusAction(event: RequestEvent) {
	const user = requireRole(event, 'admin');
	const form = await event.request.formData();
	const id = parseId(str(form, 'id'));
	const status = str(form, 'status');
	// a form that names no year or no status is malformed (400); a year that is gone is a 404
	if (id === null || (status !== 'open' && status !== 'closed'))
		return invalid('setYearStatus', { form: 'stat.error.not_found' });
	if (!setStatPeriodStatus(db, user, id, status, new Date()))
		return refused('setYearStatus', 'stat.error.not_found');
	return { yearSaved: true };
}

async function addYearAction(event: RequestEvent) {
	const user = requireRole(event, 'admin');
	addNextStatYear(db, user, new Date());
	return { yearSaved: true };
}

async function createMetricAction(event: RequestEvent) {
	const user = requireRole(event, 'admin');
	const form = await event.request.formData();
	const parsed = parseMetricForm(form);
	if (!parsed.ok) return invalid('createMetric', parsed.errors, parsed.values);
	const r = saveMetric(db, user, null, parsed.data, new Date());
	if (!r.ok) return rejected('createMetric', r.errors, formValues(form));
	redirect(303, `/admin/metrics/${r.id}?created=1`);
}

async function createDimensionAction(event: RequestEvent) {
	const user = requireRole(event, 'admin');
	const form = await event.request.formData();
	const parsed = parseNamedForm(form);
	if (!parsed.ok) return invalid('createDimension', parsed.errors, parsed.values);
	const r = saveDimension(db, user, null, parsed.data, new Date());
	if (!r.ok) return rejected('createDimension', r.errors, formValues(form));
	redirect(303, `/admin/metrics/dimensions/${r.id}?created=1`);
}
