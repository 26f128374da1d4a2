import { db } from '$lib/server/db';
import { forbidden, requireRole } from '$lib/server/auth/guards';
import {
	defaultPeriod,
	institutionName,
	institutionYears,
	listStatPeriodsAndSpans,
	periodLabel,
	periodOverview
} from '$lib/server/statistics/listing';
import { periodYear } from '$lib/server/statistics/periods';
import { today } from '$lib/dates';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'admin', 'reviewer', 'focal_point');
	const periods = listStatPeriodsAndSpans(db).map((p) => ({
		id: p.id,
		year: periodYear(p),
		label: periodLabel(p),
		span: p.kind === 'span',
		status: p.status
	}));
	if (user.role === 'focal_point') {
		if (user.institutionId === null) forbidden();
		return {
			mode: 'institution' as const,
			institution: institutionName(db, user.institutionId),
			rows: institutionYears(db, user.institutionId),
			periods,
			periodId: null,
			today: today()
		};
	}
	const asked = Number(event.url.searchParams.get('period'));
	const periodId = periods.some((p) => p.id === asked) ? asked : (defaultPeriod(db)?.id ?? null);
	return {
		mode: 'overview' as const,
		institution: null,
		rows: periodId ? periodOverview(db, periodId) : [],
		periods,
		periodId,
		today: today()
	};
};
