import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { institutionNames } from '$lib/server/institutions';
import { loadDimensions, loadMetrics } from '$lib/server/statistics/definitions';
import { saveMetric } from '$lib/server/statistics/admin';
import { parseMetricForm } from '$lib/server/forms/metric-form';
import { formValues } from '$lib/server/forms/fields';
import type { Actions, PageServerLoad } from './$types';

function metricOr404(raw: string) {
	const metric = loadMetrics(db).find((m) => m.id === Number(raw));
	if (!metric) error(404, { message: 'not_found' });
	return metric;
}

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return {
		metric: metricOr404(event.params.metricId),
		dimensions: loadDimensions(db),
		institutions: institutionNames(db, { locale: event.locals.locale })
	};
};

export const actions: Actions = { save: saveAction };

async function saveAction(event: RequestEvent<{ metricId: string }>) {
	const user = requireRole(event, 'admin');
	const metric = metricOr404(event.params.metricId);
	const form = await event.request.formData();
	const parsed = parseMetricForm(form);
	if (!parsed.ok)
		return fail(400, {
			errors: parsed.errors,
			values: parsed.values,
			insts: form.getAll('inst').map(String)
		});
	const r = saveMetric(db, user, metric.id, parsed.data, new Date());
	if (!r.ok)
		return fail(400, {
			errors: r.errors,
			values: formValues(form),
			insts: form.getAll('inst').map(String)
		});
	return { saved: true };
}
