import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { institutionNames } from '$lib/server/institutions';
import { loadMetrics } from '$lib/server/statistics/definitions';
import { defaultPeriod } from '$lib/server/statistics/listing';
import { listStatPeriods, periodYear } from '$lib/server/statistics/periods';
import { reconcile } from '$lib/server/statistics/reconcile';
import { chooseOfficialFigure } from '$lib/server/statistics/combine';
import { parseOfficialChoiceForm } from '$lib/server/forms/official-choice-form';
import { fail } from '@sveltejs/kit';
import { formValues } from '$lib/server/forms/fields';
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
		const parsed = parseOfficialChoiceForm(form);
		if (!parsed.ok) return fail(400, { choiceErrors: parsed.errors, values: parsed.values });
		const r = chooseOfficialFigure(db, user, parsed.data, new Date());
		if (!r.ok) return fail(400, { choiceErrors: r.errors, values: formValues(form) });
		return { chosen: parsed.data.metricId };
	}
};
