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
import { invalid, refused } from '$lib/server/forms/fail';
import { submitForm, type Refusal } from '$lib/server/forms/submit';
import type { FormResult } from '$lib/server/forms/fields';
import type { SessionUser } from '$lib/server/auth/session';
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

/**
 * Creating a metric and creating a dimension are one flow (admins only) that differs in the
 * form's parser, the save and the page the new record opens on.
 */
function createAction<A extends string, T>(
	action: A,
	parse: (form: FormData) => FormResult<T>,
	save: (user: SessionUser, data: T) => { ok: true; id: number } | Refusal,
	path: string
) {
	return async (event: RequestEvent) => {
		const user = requireRole(event, 'admin');
		const run = (data: T) => save(user, data);
		return submitForm(event.request, action, parse, run, (r) =>
			redirect(303, `${path}/${r.id}?created=1`)
		);
	};
}

const createMetricAction = createAction(
	'createMetric',
	parseMetricForm,
	(user, data) => saveMetric(db, user, null, data, new Date()),
	'/admin/metrics'
);

const createDimensionAction = createAction(
	'createDimension',
	parseNamedForm,
	(user, data) => saveDimension(db, user, null, data, new Date()),
	'/admin/metrics/dimensions'
);

export const actions: Actions = {
	createMetric: createMetricAction,
	createDimension: createDimensionAction,
	setYearStatus: setYearStatusAction,
	addYear: addYearAction
};
