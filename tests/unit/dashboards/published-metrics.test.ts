// Issue 9 item 4 on the real seeded statistics: the results page and the donor view show the
// metrics an admin publishes (data, no code), the donor view protected by the disclosure rule;
// units are named with the figures; money is whole manats; the national report's age bands are a
// classification of their own beside CTDC's.
import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
	actorFor,
	createStatisticsDb,
	instId,
	periodId,
	SEED_NOW
} from '../../factories/statistics';
import { statDimension, statMetric } from '../../../src/lib/server/db/schema';
import { saveMetric } from '../../../src/lib/server/statistics/admin';
import { loadMetrics } from '../../../src/lib/server/statistics/definitions';
import { loadPublishedReport } from '../../../src/lib/server/statistics/published';
import { checkSums } from '../../../src/lib/server/statistics/validate';
import { dashboardPlans, getResultsView } from '../../../src/lib/server/dashboards/results-view';
import { makePlan } from '../../factories';
import {
	deleteMetricTable,
	saveMetricTable
} from '../../../src/lib/server/dashboards/result-tables';
import { parseStatValuesForm } from '../../../src/lib/server/forms/stat-values-form';
import { parseResultTableForm } from '../../../src/lib/server/forms/result-table-form';
import { formatFigure } from '../../../src/lib/stat-units';
import type { DB } from '../../../src/lib/server/db/connect';
import type { DashTable } from '../../../src/lib/safe-table';

let db: DB;
beforeEach(() => {
	db = createStatisticsDb();
	makePlan(db, { code: '4NAP-CT', startYear: 2020, endYear: 2024 });
});

const metricId = (code: string) =>
	db.select().from(statMetric).where(eq(statMetric.code, code)).get()!.id;
const dimId = (code: string) =>
	db.select().from(statDimension).where(eq(statDimension.code, code)).get()!.id;

function approve(
	inst: string,
	year: number,
	cells: [metric: string, key: string, value: number][]
) {
	loadPublishedReport(db, {
		institutionId: instId(db, inst),
		periodId: periodId(db, year),
		cells: cells.map(([m, key, value]) => ({
			metricId: metricId(m),
			cell: { key, value, notAvailable: false, derived: false, source: 'test' }
		})),
		reason: 'test',
		now: SEED_NOW
	});
}

// the donor view protects over the plan's years (a fixed layout of every range): 2020–2024 here
const plan = () => dashboardPlans(db, null, '2024-06-01').plan;
const view = (exact: boolean, year = 2023) =>
	getResultsView(db, {
		plan: plan(),
		fromYear: year,
		toYear: year,
		aim: null,
		exact,
		threshold: 4
	});
const cell = (t: DashTable | undefined, key: string) =>
	t?.rows.find((r) => r.key === key)?.cells[0];

/** An admin's new metric: shelter nights' guests by sex (persons, sensitive), reported by VAC. */
function createGuests() {
	const admin = actorFor(db, 'admin');
	const r = saveMetric(
		db,
		admin,
		null,
		{
			code: 'shelter_guests',
			nameAz: 'Sığınacaq qonaqları',
			nameEn: 'Shelter guests',
			descriptionAz: null,
			descriptionEn: null,
			unit: 'persons',
			sensitive: true,
			active: true,
			sortOrder: 500,
			institutionIds: [instId(db, 'VAC')],
			dimensions: [{ dimensionId: dimId('sex'), optional: true, sortOrder: 1 }]
		},
		SEED_NOW
	);
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	approve('VAC', 2023, [
		['shelter_guests', '', 12],
		['shelter_guests', 'sex=female', 10],
		['shelter_guests', 'sex=male', 2]
	]);
	return { admin, metric: { id: r.id, code: 'shelter_guests' } };
}

const placement = (o: Partial<Parameters<typeof saveMetricTable>[4]> = {}) => ({
	dimensionId: dimId('sex'),
	aim: 3,
	sortOrder: 5,
	chart: 'stacked' as const,
	published: true,
	titleAz: null,
	titleEn: null,
	...o
});

describe('metrics an admin publishes', () => {
	it('appear on the results view exactly and on the donor view protected, with their unit', () => {
		const { admin, metric } = createGuests();
		expect(view(true).tables.some((t) => t.id.startsWith('shelter_guests'))).toBe(false);
		expect(view(false).tables.some((t) => t.id.startsWith('shelter_guests'))).toBe(false);

		const saved = saveMetricTable(db, admin, metric, null, placement(), SEED_NOW);
		expect(saved.ok).toBe(true);

		const exact = view(true).tables.find((t) => t.id === 'shelter_guests_sex');
		expect(exact?.title).toEqual({
			az: 'Sığınacaq qonaqları, cins üzrə (nəfər)',
			en: 'Shelter guests, by sex (persons)'
		});
		expect(exact?.measure).toBe('persons');
		expect(cell(exact, 'sex=male')).toEqual({ shown: 2 });
		expect(cell(exact, 'total')).toEqual({ shown: 12 });

		// the donor view: 2 persons is a small count, and 10 would give it away (12 − 10)
		const donor = view(false).tables.find((t) => t.id === 'shelter_guests_sex');
		expect(donor).toBeDefined();
		expect(cell(donor, 'sex=male')).toMatchObject({ suppressed: true });
		expect(cell(donor, 'sex=female')).toMatchObject({ suppressed: true });
		expect(JSON.stringify(donor)).not.toMatch(/"shown":(2|10)\b/);
	});

	it('leave both views when unpublished or removed', () => {
		const { admin, metric } = createGuests();
		const r = saveMetricTable(db, admin, metric, null, placement({ published: false }), SEED_NOW);
		expect(r.ok).toBe(true);
		for (const exact of [true, false])
			expect(view(exact).tables.some((t) => t.id === 'shelter_guests_sex')).toBe(false);

		const id = (r as { id: number }).id;
		expect(saveMetricTable(db, admin, metric, id, placement(), SEED_NOW).ok).toBe(true);
		expect(view(false).tables.some((t) => t.id === 'shelter_guests_sex')).toBe(true);
		expect(deleteMetricTable(db, admin, metric.id, id, SEED_NOW).ok).toBe(true);
		expect(view(true).tables.some((t) => t.id === 'shelter_guests_sex')).toBe(false);
	});

	it('refuse a breakdown by a dimension the metric does not have, and a funnel', () => {
		const { admin, metric } = createGuests();
		const r = saveMetricTable(
			db,
			admin,
			metric,
			null,
			placement({ dimensionId: dimId('age') }),
			SEED_NOW
		);
		expect(r).toEqual({ ok: false, errors: { dimensionId: 'stat.pub.error.dimension' } });
		const form = new FormData();
		form.set('aim', '3');
		form.set('chart', 'funnel');
		expect(parseResultTableForm(form)).toMatchObject({
			ok: false,
			errors: { chart: 'stat.pub.error.chart' }
		});
	});

	it('the aim filter places a published table in its aim only', () => {
		const { admin, metric } = createGuests();
		saveMetricTable(db, admin, metric, null, placement({ aim: 1 }), SEED_NOW);
		const inAim = (aim: number) =>
			getResultsView(db, {
				plan: plan(),
				fromYear: 2023,
				toYear: 2023,
				aim,
				exact: true,
				threshold: 4
			}).tables.map((t) => t.id);
		expect(inAim(1)).toContain('shelter_guests_sex');
		expect(inAim(3)).not.toContain('shelter_guests_sex');
	});
});

describe('seeded metrics that had no place', () => {
	it('are on both views: assisted persons, court by sex, national age bands, amounts', () => {
		const ids = view(false, 2021).tables.map((t) => t.id);
		for (const id of ['assisted', 'court_sex', 'victims_age_national', 'amounts'])
			expect(ids).toContain(id);
		// IOM's 2019 figures (72 victims, 628 at risk) are real and large enough to show
		const assisted = view(true, 2019).tables.find((t) => t.id === 'assisted')!;
		expect(assisted.title.en).toBe('Persons assisted (persons)');
		expect(cell(assisted, 'victims_assisted')).toEqual({ shown: 72 });
		expect(cell(assisted, 'at_risk_assisted')).toEqual({ shown: 628 });
		// a definition without figures is "not reported yet", not zero
		expect(cell(assisted, 'repatriations')).toBeNull();
	});

	it('the funnel names each row’s unit (its rows count different things)', () => {
		const funnel = view(true, 2022).tables.find((t) => t.id === 'funnel')!;
		expect(funnel.title.en).toBe('From crime to sentence');
		expect(funnel.measure).toBeUndefined();
		expect(funnel.rows.map((r) => r.label.en)).toContain('Criminal cases opened (cases)');
		expect(funnel.rows.map((r) => r.label.az)).toContain('Məhkum edilmiş şəxslər (nəfər)');
	});
});

describe('money', () => {
	it('is whole manats: AZN amounts are shown as entered, in both languages with the unit', () => {
		approve('VAC', 2023, [['financial_assistance_amount', '', 150530]]);
		for (const exact of [true, false]) {
			const t = view(exact).tables.find((x) => x.id === 'amounts')!;
			expect(t.title).toEqual({
				en: 'Financial assistance and grants (AZN)',
				az: 'Maliyyə yardımı və qrantlar (manat)'
			});
			expect(t.measure).toBe('azn');
			// an amount is not a count of persons: never suppressed
			expect(cell(t, 'financial_assistance_amount')).toEqual({ shown: 150530 });
		}
		expect(formatFigure(150530, 'azn', 'AZN', 'en')).toBe('150,530 AZN');
		expect(formatFigure(150530, 'azn', 'manat', 'az')).toMatch(/^150.530 manat$/);
		expect(formatFigure(94, 'count', '', 'en')).toBe('94');
	});

	it('refuses qəpik and negative amounts with a message of its own, counts as before', () => {
		const layout = [{ key: '', block: '', group: 'total' as const }];
		const metrics = [
			{ code: 'financial_assistance_amount', unit: 'azn', layout },
			{ code: 'repatriations', unit: 'persons', layout }
		];
		const parse = (amount: string, count: string) => {
			const f = new FormData();
			f.set('v|financial_assistance_amount|', amount);
			f.set('v|repatriations|', count);
			return parseStatValuesForm(f, metrics);
		};
		expect(parse('150530.50', '2.5')).toMatchObject({
			ok: false,
			errors: {
				'financial_assistance_amount|': 'stat.rule.money_whole',
				'repatriations|': 'stat.rule.fractional'
			}
		});
		expect(parse('-5', '1')).toMatchObject({
			ok: false,
			errors: { 'financial_assistance_amount|': 'stat.rule.money_negative' }
		});
		const ok = parse('150 530', '3');
		expect(ok.ok && ok.data.map((c) => c.cell?.value)).toEqual([150530, 3]);
	});
});

describe('two age classifications', () => {
	const victims = () => loadMetrics(db).find((m) => m.code === 'victims_identified')!;
	const cells = (list: [string, number][]) =>
		list.map(([key, value]) => ({ key, value, notAvailable: false }));

	it('age_national is a dimension of its own, not categories of the CTDC bands', () => {
		const dims = victims().dimensions;
		const national = dims.find((d) => d.code === 'age_national')!;
		const ctdc = dims.find((d) => d.code === 'age_band')!;
		expect(national.categories.map((c) => c.code)).toEqual(['18-25', '25-35', 'over_35']);
		expect(ctdc.categories.map((c) => c.code)).not.toContain('18-25');
	});

	it('each classification adds up to the total on its own', () => {
		// 10 victims: 6 + 4 in the national bands; only 3 of them given in CTDC bands (partial)
		const fine = checkSums(
			victims(),
			cells([
				['', 10],
				['age_national=18-25', 6],
				['age_national=25-35', 4],
				['age_band=18-20', 3]
			])
		);
		expect(fine).toEqual([]);
		const wrong = checkSums(
			victims(),
			cells([
				['', 10],
				['age_national=18-25', 11],
				['age_band=18-20', 3]
			])
		);
		expect(wrong.map((i) => [i.rule, i.key])).toEqual([['exceeds', 'age_national=18-25']]);
	});

	it('the results show each classification in its own table', () => {
		approve('MIA', 2023, [
			['victims_identified', '', 10],
			['victims_identified', 'age_national=18-25', 6],
			['victims_identified', 'age_national=25-35', 4],
			['victims_identified', 'age=adult', 10]
		]);
		const tables = view(true).tables;
		const national = tables.find((t) => t.id === 'victims_age_national');
		expect(cell(national, 'age_national=18-25')).toEqual({ shown: 6 });
		expect(cell(national, 'total')).toEqual({ shown: 10 });
		const age = tables.find((t) => t.id === 'victims_age');
		expect(age?.rows.map((r) => r.key)).not.toContain('age_national=18-25');
		expect(cell(age, 'age=adult')).toEqual({ shown: 10 });
	});
});
