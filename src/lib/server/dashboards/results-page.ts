// What a results page or export needs, from its query string: the filter's choices and the view.
// Pages and their CSV/XLSX/JSON endpoints call this with the same audience, so a download holds
// exactly the tables the page shows.
import { getSetting } from '../settings';
import { clampYears, filterQuery, parseDashboardFilter } from '../forms/dashboard-filter';
import {
	getResultsView,
	dashboardPlans,
	listAims,
	listInstitutions,
	selectableYears
} from './results-view';
import { today } from '../../dates';
import { loadImplementationPage } from './implementation-page';
import type { DB } from '../db/connect';
import type { Bilingual } from '../../safe-table';

export interface Audience {
	/** exact figures (reviewers, admins) rather than protected ones */
	exact: boolean;
}

export function loadResultsPage(db: DB, params: URLSearchParams, audience: Audience) {
	const f = parseDashboardFilter(params);
	const { plans, plan } = dashboardPlans(db, f.planId, today());
	const allYears = selectableYears(db, plan, audience.exact);
	// reviewers may look beyond the plan (baselines), but start from the plan's own years
	const planYears = plan
		? allYears.filter((y) => y >= plan.startYear && y <= plan.endYear)
		: allYears;
	const range = clampYears(
		{
			fromYear: f.fromYear ?? planYears[0] ?? null,
			toYear: f.toYear ?? planYears[planYears.length - 1] ?? null
		},
		allYears
	);
	const aims = plan ? listAims(db, plan.id) : [];
	const aim = aims.some((a) => a.position === f.aim) ? f.aim : null;
	const institutions = audience.exact ? listInstitutions(db) : [];
	const institutionId = institutions.some((i) => i.id === f.institutionId) ? f.institutionId : null;
	const threshold = getSetting(db, 'disclosureThreshold');
	const view = getResultsView(db, {
		plan,
		fromYear: range?.from ?? 0,
		toYear: range?.to ?? -1,
		aim,
		institutionIds: institutionId === null ? undefined : [institutionId],
		exact: audience.exact,
		threshold
	});
	return {
		plans: plans.map((p) => ({ id: p.id, code: p.code, title: p.title })),
		planId: plan?.id ?? null,
		years: allYears,
		from: range?.from ?? null,
		to: range?.to ?? null,
		aims: aims.map((a) => ({ position: a.position, code: a.code, title: a.title })),
		aim,
		institutions: institutions.map((i) => ({ id: i.id, name: i.name as Bilingual })),
		institutionId,
		threshold,
		view,
		query: filterQuery({
			plan: plan?.id ?? null,
			from: range?.from ?? null,
			to: range?.to ?? null,
			aim,
			institution: institutionId
		})
	};
}

export type ResultsPageData = ReturnType<typeof loadResultsPage>;

/**
 * The donor view (and the public page): protected results, plus the plan's implementation by aim
 * as of the latest period due — no institutions, no links to reports.
 */
export function loadDonorPage(db: DB, params: URLSearchParams, today: string) {
	const results = loadResultsPage(db, params, { exact: false });
	const impl = loadImplementationPage(
		db,
		new URLSearchParams(results.planId ? { plan: String(results.planId) } : {}),
		{ staff: false, today }
	);
	return {
		...results,
		impl: { tables: impl.tables, period: impl.period, asOf: impl.asOf, asOfText: impl.asOfText }
	};
}
