// What the results dashboard shows, in terms of the statistics metrics (codes seeded by
// seed/steps/60-statistics.ts). Each metric is aggregated over the one-dimensional breakdowns
// listed here; the tables below pick rows from those aggregates, so a figure that appears in two
// tables (the funnel's "convicted" and the sentence table's total) is one cell, suppressed once.

export interface MetricSpec {
	code: string;
	/** dimensions whose breakdowns are shown (each one-dimensional) */
	dims: string[];
}

export const RESULT_METRICS: MetricSpec[] = [
	{ code: 'crimes_registered', dims: ['article'] },
	{ code: 'criminal_cases_opened', dims: [] },
	{ code: 'defendants', dims: ['sex'] },
	{ code: 'investigations_completed', dims: [] },
	{ code: 'persons_sent_to_court', dims: [] },
	{ code: 'persons_convicted', dims: ['sentence'] },
	{ code: 'victims_identified', dims: ['sex', 'age', 'exploitation', 'citizenship'] },
	{ code: 'victims_assisted', dims: [] },
	{ code: 'assistance_provided', dims: ['assistance_type'] }
];

/** A row of a results table: a metric's total, or one category of one of its breakdowns. */
export interface RowSpec {
	metric: string;
	/** `dim=cat`, '' for the total, or `dim=?` for the part not broken down ("not stated") */
	key: string;
	/** message key for rows named by the dashboard rather than by the category */
	labelKey?: string;
}

export type ChartKind = 'bar' | 'stacked' | 'funnel' | 'hbar';

export interface TableSpec {
	id: string;
	titleKey: string;
	chart: ChartKind;
	/** the aim (plan section, by position) a table belongs to, for the aim filter */
	aim: number;
	/** rows: explicit, or a metric's breakdown by one dimension (its categories, not stated, total) */
	rows: RowSpec[] | { metric: string; dim: string };
}

// Aims of 4NAP-CT by position: 2 effective prosecution, 3 protection of victims.
export const PROSECUTION_AIM = 2;
export const PROTECTION_AIM = 3;

export const RESULT_TABLES: TableSpec[] = [
	{
		id: 'crimes',
		titleKey: 'results.t.crimes',
		chart: 'stacked',
		aim: PROSECUTION_AIM,
		rows: { metric: 'crimes_registered', dim: 'article' }
	},
	{
		id: 'funnel',
		titleKey: 'results.t.funnel',
		chart: 'funnel',
		aim: PROSECUTION_AIM,
		rows: [
			{ metric: 'crimes_registered', key: '', labelKey: 'results.funnel.crimes' },
			{ metric: 'criminal_cases_opened', key: '', labelKey: 'results.funnel.cases' },
			{ metric: 'defendants', key: '', labelKey: 'results.funnel.defendants' },
			{ metric: 'investigations_completed', key: '', labelKey: 'results.funnel.investigations' },
			{ metric: 'persons_sent_to_court', key: '', labelKey: 'results.funnel.court' },
			{ metric: 'persons_convicted', key: '', labelKey: 'results.funnel.convicted' },
			{
				metric: 'persons_convicted',
				key: 'sentence=imprisonment',
				labelKey: 'results.funnel.imprisoned'
			}
		]
	},
	{
		id: 'defendants',
		titleKey: 'results.t.defendants',
		chart: 'stacked',
		aim: PROSECUTION_AIM,
		rows: { metric: 'defendants', dim: 'sex' }
	},
	{
		id: 'convicted',
		titleKey: 'results.t.convicted',
		chart: 'stacked',
		aim: PROSECUTION_AIM,
		rows: { metric: 'persons_convicted', dim: 'sentence' }
	},
	{
		id: 'victims_sex',
		titleKey: 'results.t.victims_sex',
		chart: 'stacked',
		aim: PROTECTION_AIM,
		rows: { metric: 'victims_identified', dim: 'sex' }
	},
	{
		id: 'victims_age',
		titleKey: 'results.t.victims_age',
		chart: 'stacked',
		aim: PROTECTION_AIM,
		rows: { metric: 'victims_identified', dim: 'age' }
	},
	{
		id: 'victims_exploitation',
		titleKey: 'results.t.victims_exploitation',
		chart: 'stacked',
		aim: PROTECTION_AIM,
		rows: { metric: 'victims_identified', dim: 'exploitation' }
	},
	{
		id: 'victims_citizenship',
		titleKey: 'results.t.victims_citizenship',
		chart: 'stacked',
		aim: PROTECTION_AIM,
		rows: { metric: 'victims_identified', dim: 'citizenship' }
	},
	{
		id: 'assistance',
		titleKey: 'results.t.assistance',
		chart: 'hbar',
		aim: PROTECTION_AIM,
		rows: { metric: 'assistance_provided', dim: 'assistance_type' }
	}
];
