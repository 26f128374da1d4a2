import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { institutionNames } from '$lib/server/institutions';
import { loadMetrics } from '$lib/server/statistics/definitions';
import { defaultPeriod } from '$lib/server/statistics/listing';
import { listStatPeriods, periodYear } from '$lib/server/statistics/periods';
import { reconcile } from '$lib/server/statistics/reconcile';
import type { PageServerLoad } from './$types';

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
