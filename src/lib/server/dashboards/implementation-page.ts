// What the implementation dashboard (and the donor view's implementation part) needs from the
// query string: the filter's choices, the chosen period and the tables.
import { sql } from 'drizzle-orm';
import { filterQuery, parseDashboardFilter } from '../forms/dashboard-filter';
import { defaultPeriod, implementationTables, reportedPeriods } from './implementation';
import { listAims, listInstitutions, listPlans } from './results-view';
import { dateText } from './labels';
import { listProgressPeriods } from '../progress/periods';
import { cached } from './cache';
import type { DB } from '../db/connect';

export function progressAsOf(db: DB): string | null {
	const r = db.get<{ at: number | null }>(
		sql`SELECT MAX(reviewed_at) AS at FROM progress_report WHERE state = 'approved'`
	);
	return r?.at ? new Date(r.at).toISOString() : null;
}

export function loadImplementationPage(
	db: DB,
	params: URLSearchParams,
	o: { staff: boolean; today: string }
) {
	const f = parseDashboardFilter(params);
	const asOf = cached(db, 'progress:asOf', () => progressAsOf(db));
	const plans = listPlans(db);
	const plan = plans.find((p) => p.id === f.planId) ?? plans[plans.length - 1] ?? null;
	const periods = plan ? listProgressPeriods(db, plan.id) : [];
	const period =
		periods.find((p) => p.id === f.periodId) ??
		(plan
			? defaultPeriod(
					periods,
					o.today,
					cached(db, `progress:reported:${plan.id}`, () => reportedPeriods(db, plan.id))
				)
			: null);
	const aims = plan ? listAims(db, plan.id) : [];
	const aim = aims.some((a) => a.position === f.aim) ? f.aim : null;
	const institutions = o.staff ? listInstitutions(db) : [];
	const institutionId = institutions.some((i) => i.id === f.institutionId) ? f.institutionId : null;
	const query = filterQuery({
		plan: plan?.id ?? null,
		period: period?.id ?? null,
		institution: institutionId
	});
	const tables =
		plan && period
			? implementationTables(db, {
					planId: plan.id,
					period,
					institutionId,
					aim,
					staff: o.staff,
					query
				})
			: [];
	return {
		plans: plans.map((p) => ({ id: p.id, code: p.code, title: p.title })),
		planId: plan?.id ?? null,
		periods: periods.map((p) => ({ id: p.id, code: p.code })),
		period: period ? { id: period.id, code: period.code, endDate: period.endDate } : null,
		aims: aims.map((a) => ({ position: a.position, id: a.id, code: a.code, title: a.title })),
		aim,
		institutions: institutions.map((i) => ({ id: i.id, name: i.name })),
		institutionId,
		tables,
		asOf,
		asOfText: dateText(asOf),
		query: filterQuery({
			plan: plan?.id ?? null,
			period: period?.id ?? null,
			aim,
			institution: institutionId
		})
	};
}

export type ImplementationPageData = ReturnType<typeof loadImplementationPage>;
