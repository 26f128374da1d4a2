// The tables of the results page and the donor view (the same, protected for donors), by aim of
// 4NAP-CT (by position: 2 effective prosecution, 3 protection of victims). Admins add and move
// tables on /admin/metrics; the seed only creates the ones missing.
import { eq } from 'drizzle-orm';
import {
	resultRow,
	resultTable,
	statDimension,
	statMetric,
	type ResultChart
} from '../../src/lib/server/db/schema';
import type { DB } from '../../src/lib/server/db/connect';

type Bi = { en: string; az: string };

export interface ResultTableSeed {
	code: string;
	title?: Bi;
	chart: ResultChart;
	aim: number;
	/** one metric broken down by one dimension (or its total alone: dim null) … */
	metric?: string;
	dim?: string | null;
	/** … or chosen cells of several metrics */
	rows?: { metric: string; key: string; label?: Bi }[];
}

const PROSECUTION = 2;
const PROTECTION = 3;

export const RESULT_TABLES: ResultTableSeed[] = [
	{
		code: 'crimes',
		title: {
			en: 'Crimes registered, by Criminal Code article',
			az: 'Qeydə alınmış cinayətlər, Cinayət Məcəlləsinin maddələri üzrə'
		},
		chart: 'stacked',
		aim: PROSECUTION,
		metric: 'crimes_registered',
		dim: 'article'
	},
	{
		code: 'funnel',
		title: { en: 'From crime to sentence', az: 'Cinayətdən hökmə qədər' },
		chart: 'funnel',
		aim: PROSECUTION,
		rows: [
			{
				metric: 'crimes_registered',
				key: '',
				label: { en: 'Crimes registered', az: 'Qeydə alınmış cinayətlər' }
			},
			{
				metric: 'criminal_cases_opened',
				key: '',
				label: { en: 'Criminal cases opened', az: 'Başlanmış cinayət işləri' }
			},
			{
				metric: 'defendants',
				key: '',
				label: { en: 'Defendants', az: 'Təqsirləndirilən şəxslər' }
			},
			{
				metric: 'investigations_completed',
				key: '',
				label: { en: 'Investigations completed', az: 'Başa çatdırılmış istintaqlar' }
			},
			{
				metric: 'persons_sent_to_court',
				key: '',
				label: { en: 'Persons sent to court', az: 'Məhkəməyə göndərilmiş şəxslər' }
			},
			{
				metric: 'persons_convicted',
				key: '',
				label: { en: 'Persons convicted', az: 'Məhkum edilmiş şəxslər' }
			},
			{
				metric: 'persons_convicted',
				key: 'sentence=imprisonment',
				label: { en: 'Sentenced to imprisonment', az: 'Azadlıqdan məhrum edilmişlər' }
			}
		]
	},
	{
		code: 'defendants',
		title: { en: 'Defendants, by sex', az: 'Təqsirləndirilən şəxslər, cins üzrə' },
		chart: 'stacked',
		aim: PROSECUTION,
		metric: 'defendants',
		dim: 'sex'
	},
	{
		code: 'court_sex',
		title: { en: 'Persons sent to court, by sex', az: 'Məhkəməyə göndərilmiş şəxslər, cins üzrə' },
		chart: 'stacked',
		aim: PROSECUTION,
		metric: 'persons_sent_to_court',
		dim: 'sex'
	},
	{
		code: 'convicted',
		title: { en: 'Persons convicted, by sentence', az: 'Məhkum edilmiş şəxslər, cəza növü üzrə' },
		chart: 'stacked',
		aim: PROSECUTION,
		metric: 'persons_convicted',
		dim: 'sentence'
	},
	{
		code: 'victims_sex',
		title: { en: 'Victims identified, by sex', az: 'Müəyyən edilmiş qurbanlar, cins üzrə' },
		chart: 'stacked',
		aim: PROTECTION,
		metric: 'victims_identified',
		dim: 'sex'
	},
	{
		code: 'victims_age',
		title: {
			en: 'Victims identified, adults and children',
			az: 'Müəyyən edilmiş qurbanlar, yetkinlər və uşaqlar'
		},
		chart: 'stacked',
		aim: PROTECTION,
		metric: 'victims_identified',
		dim: 'age'
	},
	{
		code: 'victims_age_national',
		title: {
			en: 'Victims identified, by age (national report bands)',
			az: 'Müəyyən edilmiş qurbanlar, yaş üzrə (milli hesabatın intervalları)'
		},
		chart: 'stacked',
		aim: PROTECTION,
		metric: 'victims_identified',
		dim: 'age_national'
	},
	{
		code: 'victims_exploitation',
		title: {
			en: 'Victims identified, by form of exploitation',
			az: 'Müəyyən edilmiş qurbanlar, istismar forması üzrə'
		},
		chart: 'stacked',
		aim: PROTECTION,
		metric: 'victims_identified',
		dim: 'exploitation'
	},
	{
		code: 'victims_citizenship',
		title: {
			en: 'Victims identified, citizens and foreigners',
			az: 'Müəyyən edilmiş qurbanlar, vətəndaşlar və əcnəbilər'
		},
		chart: 'stacked',
		aim: PROTECTION,
		metric: 'victims_identified',
		dim: 'citizenship'
	},
	{
		code: 'assistance',
		title: { en: 'Assistance provided, by type', az: 'Göstərilmiş yardım, növlər üzrə' },
		chart: 'hbar',
		aim: PROTECTION,
		metric: 'assistance_provided',
		dim: 'assistance_type'
	},
	{
		code: 'assisted',
		title: { en: 'Persons assisted', az: 'Yardım almış şəxslər' },
		chart: 'bar',
		aim: PROTECTION,
		rows: [
			{ metric: 'victims_assisted', key: '' },
			{ metric: 'at_risk_assisted', key: '' },
			{ metric: 'repatriations', key: '' },
			{ metric: 'financial_assistance_recipients', key: '' },
			{ metric: 'street_children_identified', key: '' }
		]
	},
	{
		code: 'amounts',
		title: { en: 'Financial assistance and grants', az: 'Maliyyə yardımı və qrantlar' },
		chart: 'bar',
		aim: PROTECTION,
		rows: [
			{ metric: 'financial_assistance_amount', key: '' },
			{ metric: 'ngo_grants_amount', key: '' }
		]
	}
];

/**
 * Creates the tables missing by code (an admin may have changed the others since). `partial`
 * (test fixtures with a subset of the metrics): tables naming a metric or dimension that is not
 * defined are left out instead of failing.
 */
export function seedResultTables(db: DB, opts: { partial?: boolean } = {}) {
	const metricId = (code: string) =>
		db.select().from(statMetric).where(eq(statMetric.code, code)).get()?.id;
	const dimensionId = (code: string) =>
		db.select().from(statDimension).where(eq(statDimension.code, code)).get()?.id;
	RESULT_TABLES.forEach((t, i) => {
		const names = [t.metric, ...(t.rows ?? []).map((r) => r.metric)].filter((c) => c !== undefined);
		const missing = names.filter((c) => metricId(c) === undefined);
		if (t.dim && dimensionId(t.dim) === undefined) missing.push(t.dim);
		if (missing.length && opts.partial) return;
		if (missing.length) throw new Error(`result table ${t.code}: ${missing.join(', ')} missing`);
		const row = db
			.insert(resultTable)
			.values({
				code: t.code,
				titleAz: t.title?.az ?? null,
				titleEn: t.title?.en ?? null,
				aim: t.aim,
				sortOrder: (i + 1) * 10,
				chart: t.chart,
				metricId: t.metric ? metricId(t.metric)! : null,
				dimensionId: t.dim ? dimensionId(t.dim)! : null
			})
			.onConflictDoNothing()
			.returning()
			.get();
		if (!row) return;
		(t.rows ?? []).forEach((r, j) =>
			db
				.insert(resultRow)
				.values({
					tableId: row.id,
					metricId: metricId(r.metric)!,
					categoryKey: r.key,
					labelAz: r.label?.az ?? null,
					labelEn: r.label?.en ?? null,
					sortOrder: j + 1
				})
				.run()
		);
	});
}
