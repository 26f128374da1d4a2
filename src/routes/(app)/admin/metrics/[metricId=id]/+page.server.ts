import type { RequestEvent } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { institutionNames } from '$lib/server/institutions';
import { loadDimensions, loadMetrics } from '$lib/server/statistics/definitions';
import { saveMetric } from '$lib/server/statistics/admin';
import { parseMetricForm } from '$lib/server/forms/metric-form';
import { formValues } from '$lib/server/forms/fields';
import { parseCombineForm } from '$lib/server/forms/combine-form';
import { combineOf, setCombineMode } from '$lib/server/statistics/combine';
import { parseResultTableForm } from '$lib/server/forms/result-table-form';
import {
	deleteMetricTable,
	metricTables,
	saveMetricTable
} from '$lib/server/dashboards/result-tables';
import { dashboardPlans, listAims } from '$lib/server/dashboards/results-view';
import { parseId } from '$lib/ids';
import { str } from '$lib/server/forms/fields';
import {
	failAction,
	invalid,
	invalidRow,
	rejected,
	rejectedRow,
	statusOfErrors,
	orNotFound
} from '$lib/server/forms/fail';
import type { Actions, PageServerLoad } from './$types';

const metricOr404 = (raw: string) => orNotFound(loadMetrics(db).find((m) => m.id === Number(raw)));

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return {
		metric: metricOr404(event.params.metricId),
		dimensions: loadDimensions(db),
		combine: combineOf(db, Number(event.params.metricId))!,
		institutions: institutionNames(db, { locale: event.locals.locale }),
		tables: metricTables(db, Number(event.params.metricId)),
		aims: currentAims()
	};
};

/** The aims (sections) of the plan the dashboards open on, for the placement form. */
function currentAims() {
	const { plan } = dashboardPlans(db, null, new Date().toISOString().slice(0, 10));
	return plan
		? listAims(db, plan.id).map((a) => ({ position: a.position, code: a.code, title: a.title }))
		: [];
}

export const actions: Actions = {
	save: saveAction,
	combine: combineAction,
	saveTable: saveTableAction,
	deleteTable: deleteTableAction
};

// places the metric on the results page and the donor view (or moves, hides it)
async function saveTableAction(event: RequestEvent<{ metricId: string }>) {
	const user = requireRole(event, 'admin');
	const metric = metricOr404(event.params.metricId);
	const form = await event.request.formData();
	const raw = str(form, 'tableId');
	// which form answers: a table's id, or 0 for the 'new' form (the page keys its forms the same way)
	const tableId = raw === '' ? null : parseId(raw);
	const parsed = parseResultTableForm(form);
	if (!parsed.ok) return invalidRow('saveTable', tableId ?? 0, parsed.errors, parsed.values);
	const r = saveMetricTable(db, user, metric, tableId, parsed.data, new Date());
	if (!r.ok) return rejectedRow('saveTable', tableId ?? 0, r.errors, formValues(form));
	return { tableSaved: r.id };
}

async function deleteTableAction(event: RequestEvent<{ metricId: string }>) {
	const user = requireRole(event, 'admin');
	const metric = metricOr404(event.params.metricId);
	const form = await event.request.formData();
	const tableId = parseId(str(form, 'tableId'));
	if (tableId === null) return invalidRow('deleteTable', 0, { form: 'stat.error.not_found' });
	const r = deleteMetricTable(db, user, metric.id, tableId, new Date());
	if (!r.ok) return rejectedRow('deleteTable', tableId, r.errors);
	return { tableDeleted: true };
}

// how several institutions' figures make the published one (audited; no figure changes)
async function combineAction(event: RequestEvent<{ metricId: string }>) {
	const user = requireRole(event, 'admin');
	const metric = metricOr404(event.params.metricId);
	const form = await event.request.formData();
	const parsed = parseCombineForm(form);
	if (!parsed.ok) return invalid('combine', parsed.errors);
	const r = setCombineMode(db, user, metric.id, parsed.data, new Date());
	if (!r.ok) return rejected('combine', r.errors);
	return { combined: true };
}

async function saveAction(event: RequestEvent<{ metricId: string }>) {
	const user = requireRole(event, 'admin');
	const metric = metricOr404(event.params.metricId);
	const form = await event.request.formData();
	const parsed = parseMetricForm(form);
	// the reporters are checkboxes of one name: echoed as a list, which `values` cannot hold
	const insts = form.getAll('inst').map(String);
	if (!parsed.ok)
		return failAction('save', 400, { errors: parsed.errors, values: parsed.values, insts });
	const r = saveMetric(db, user, metric.id, parsed.data, new Date());
	if (!r.ok)
		return failAction('save', statusOfErrors(r.errors), {
			errors: r.errors,
			values: formValues(form),
			insts
		});
	return { saved: true };
}
