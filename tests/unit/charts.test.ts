import { describe, expect, it } from 'vitest';
import {
	buildChartConfig,
	chartHeight,
	hasChartData,
	PALETTE,
	summarizeTable
} from '../../src/lib/charts';
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
	it('stacks categories per column, with gaps and labels where cells are hidden', () => {
		const c = buildChartConfig(victims, 'en', tr('en'));
		expect(c.type).toBe('bar');
		expect(c.options.stacked).toBe(true);
		expect(c.data.labels).toEqual(['2020', '2021', '2020–2021']);
		expect(c.data.datasets.map((d) => d.label)).toEqual(['Female', 'Male']);
		expect(c.data.datasets[1].data).toEqual([null, null, 5]);
		expect(c.data.datasets[1].texts).toEqual(['<5', '<5', '5']);
		expect(c.data.datasets.map((d) => d.backgroundColor)).toEqual([PALETTE[0], PALETTE[1]]);
		// nothing in the config is a number the table hides
		expect(JSON.stringify(c)).not.toMatch(/\b(90|94|4|1)\b(?![–\d])/);
	});

	it('labels in the reader’s language', () => {
		const c = buildChartConfig(victims, 'az', tr('az'));
		expect(c.data.datasets[0].label).toBe('Female az');
		expect(summarizeTable(victims, 'az', tr('az'))).toBe(
			'2020–2021 az: cəmi 189. Ən böyük: Female az (184).'
		);
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
		expect(summarizeTable(hidden, 'en', tr('en'))).toBe('2020–2021: <5 in total.');
		expect(hasChartData(hidden)).toBe(false);
		// a shown total alone draws nothing in a chart of categories
		const onlyTotal: DashTable = {
			...victims,
			rows: victims.rows.map((r) =>
				r.total
					? r
					: { ...r, cells: r.cells.map(() => ({ suppressed: true as const, label: '[c]' })) }
			)
		};
		expect(hasChartData(onlyTotal)).toBe(false);
		expect(hasChartData(victims)).toBe(true);
	});
});
