import { describe, expect, it } from 'vitest';
import {
	buildChartConfig,
	chartHeight,
	hasChartData,
	PALETTE,
	rangeTotals,
	summarizeTable
} from '../../src/lib/charts';
import { STATUS_COLORS } from '../../src/lib/meaning-colors';
import { translate } from '../../src/lib/i18n/core';
import type { DashTable } from '../../src/lib/safe-table';

const tr = (l: 'az' | 'en') => (k: string, p?: Record<string, string | number>) =>
	translate(l, k, p);
const bi = (s: string) => ({ az: `${s} az`, en: s });

const victims: DashTable = {
	id: 'victims_sex',
	title: bi('Victims by sex'),
	chart: 'stacked',
	columns: [
		{ id: '2020', label: bi('2020') },
		{ id: '2021', label: bi('2021') },
		{ id: '2020-2021', label: bi('2020–2021'), total: true }
	],
	rows: [
		{
			key: 'sex=female',
			label: bi('Female'),
			cells: [
				{ suppressed: true, label: '[c]' },
				{ suppressed: true, label: '[c]' },
				{ shown: 184 }
			]
		},
		{
			key: 'sex=male',
			label: bi('Male'),
			cells: [{ suppressed: true, label: '<5' }, { suppressed: true, label: '<5' }, { shown: 5 }]
		},
		{
			key: 'total',
			label: bi('Total'),
			total: true,
			cells: [{ shown: 94 }, { shown: 95 }, { shown: 189 }]
		}
	]
};

describe('chart configs', () => {
	it('stacks categories per year, a year with only its total drawn as "not broken down"', () => {
		const c = buildChartConfig(victims, 'en', tr('en'));
		expect(c.type).toBe('bar');
		expect(c.options.stacked).toBe(true);
		// the multi-year total is not a bar on the yearly axis: it is a line of numbers
		expect(c.data.labels).toEqual(['2020', '2021']);
		expect(rangeTotals(victims, 'en', 'n/a')).toEqual([
			'2020–2021: Female 184 · Male 5 · Total 189'
		]);
		expect(c.data.datasets.map((d) => d.label)).toEqual([
			'Female',
			'Male',
			'Total, not broken down'
		]);
		expect(c.data.datasets[1].data).toEqual([null, null]);
		expect(c.data.datasets[1].texts).toEqual(['<5', '<5']);
		expect(c.data.datasets[2].data).toEqual([94, 95]);
		expect(c.data.datasets.map((d) => d.backgroundColor).slice(0, 2)).toEqual([
			PALETTE[0],
			PALETTE[1]
		]);
		// nothing in the config is a number the table hides
		expect(JSON.stringify(c)).not.toMatch(/\b(90|4|1)\b(?![–\d])/);
	});

	it('keeps missing years in their place on the axis', () => {
		const gappy: DashTable = {
			...victims,
			columns: [
				{ id: '2017', label: bi('2017') },
				{ id: '2020', label: bi('2020') }
			],
			rows: [{ key: 'total', label: bi('Crimes'), cells: [{ shown: 10 }, { shown: 12 }] }]
		};
		const c = buildChartConfig(gappy, 'en', tr('en'));
		expect(c.data.labels).toEqual(['2017', '2018', '2019', '2020']);
		expect(c.data.datasets[0].data).toEqual([10, null, null, 12]);
	});

	it('colours statuses by meaning: completed green, delayed red, in every chart', () => {
		const status: DashTable = {
			id: 'status',
			title: bi('Actions by status'),
			chart: 'hstacked',
			columns: [
				{ id: 'completed', label: bi('Completed') },
				{ id: 'delayed', label: bi('Delayed') },
				{ id: '*', label: bi('Actions'), total: true }
			],
			rows: [{ key: 'aim-1', label: bi('4.1'), cells: [{ shown: 2 }, { shown: 1 }, { shown: 3 }] }]
		};
		const c = buildChartConfig(status, 'en', tr('en'));
		expect(c.data.datasets.map((d) => d.backgroundColor)).toEqual([
			STATUS_COLORS.completed,
			STATUS_COLORS.delayed
		]);
		expect(STATUS_COLORS.delayed).toBe('#b42318');
	});

	it('labels in the reader’s language', () => {
		const c = buildChartConfig(victims, 'az', tr('az'));
		expect(c.data.datasets[0].label).toBe('Female az');
		// the summary speaks of the newest year drawn, not of the multi-year total beside the chart
		expect(summarizeTable(victims, 'az', tr('az'))).toBe('2021 az: cəmi 95.');
	});

	it('draws a funnel as horizontal bars of the last column, rows in order', () => {
		const funnel: DashTable = {
			...victims,
			id: 'funnel',
			chart: 'funnel',
			rows: [
				{ key: 'a', label: bi('Crimes'), cells: [null, null, { shown: 402 }] },
				{ key: 'b', label: bi('Convicted'), cells: [null, null, { shown: 28 }] }
			]
		};
		const c = buildChartConfig(funnel, 'en', tr('en'));
		expect(c.options.indexAxis).toBe('y');
		expect(c.data.labels).toEqual(['Crimes', 'Convicted']);
		expect(c.data.datasets[0].data).toEqual([402, 28]);
		expect(summarizeTable(funnel, 'en', tr('en'))).toBe('2020–2021: 402 crimes, 28 convicted.');
		expect(chartHeight(funnel)).toBeGreaterThanOrEqual(160);
	});

	it('summarises from shown figures only, and knows when there is nothing to draw', () => {
		const hidden: DashTable = {
			...victims,
			rows: victims.rows.map((r) => ({
				...r,
				cells: r.cells.map(() => ({ suppressed: true as const, label: '<5' }))
			}))
		};
		expect(summarizeTable(hidden, 'en', tr('en'))).toBe('2021: <5 in total.');
		expect(hasChartData(hidden)).toBe(false);
		// a shown total alone is drawn, as "not broken down"
		const onlyTotal: DashTable = {
			...victims,
			rows: victims.rows.map((r) =>
				r.total
					? r
					: { ...r, cells: r.cells.map(() => ({ suppressed: true as const, label: '[c]' })) }
			)
		};
		expect(hasChartData(onlyTotal)).toBe(true);
		expect(hasChartData(victims)).toBe(true);
	});
});
