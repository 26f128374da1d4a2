import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { institutionNames } from '$lib/server/institutions';
import { loadMetrics } from '$lib/server/statistics/definitions';
import { defaultPeriod } from '$lib/server/statistics/listing';
import { listStatPeriods, periodYear } from '$lib/server/statistics/periods';
import { reconcile } from '$lib/server/statistics/reconcile';
import { chooseOfficialFigure } from '$lib/server/statistics/combine';
import { parseOfficialChoiceForm } from '$lib/server/forms/official-choice-form';
import { formValues, str } from '$lib/server/forms/fields';
import { invalidRow, rejectedRow } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin', 'reviewer');
	const periods = listStatPeriods(db).map((p) => ({
		id: p.id,
		year: periodYear(p),
		status: p.status
	}));
	const asked = Number(event.url.searchParams.get('period'));
	const periodId = periods.some((p) => p.id === asked) ? asked : (defaultPeriod(db)?.id ?? null);
	return {
		periods,
		periodId,
		year: periods.find((p) => p.id === periodId)?.year ?? null,
		result: periodId ? reconcile(db, periodId) : { facts: [], reports: [] },
		metrics: loadMetrics(db),
		institutions: institutionNames(db, { locale: event.locals.locale })
	};
};

// choose: a reviewer publishes another institution's figure of one fact for one year
export const actions: Actions = {
	choose: async (event) => {
		const user = requireRole(event, 'admin', 'reviewer');
		const form = await event.request.formData();
		// one form per fact: the failure names the metric whose form it belongs to
		const metricId = Number(str(form, 'metricId')) || 0;
		const parsed = parseOfficialChoiceForm(form);
		if (!parsed.ok) return invalidRow('choose', metricId, parsed.errors, parsed.values);
		const r = chooseOfficialFigure(db, user, parsed.data, new Date());
		if (!r.ok) return rejectedRow('choose', metricId, r.errors, formValues(form));
		return { chosen: parsed.data.metricId };
	}
};
