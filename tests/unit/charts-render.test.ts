import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { renderChartPng, pngSize } from '../../src/lib/server/charts/render';
import { translate } from '../../src/lib/i18n/core';
import type { DashTable } from '../../src/lib/safe-table';

const tr = (l: 'az' | 'en') => (k: string, p?: Record<string, string | number>) =>
	translate(l, k, p);
const bi = (s: string, az = `${s} az`) => ({ az, en: s });

const victims: DashTable = {
	id: 'victims_sex',
	title: bi('Victims identified, by sex', 'Müəyyən edilmiş qurbanlar, cinsə görə'),
	summary: bi('2022: 94 in total.', '2022: cəmi 94.'),
	chart: 'stacked',
	columns: [
		{ id: '2017', label: bi('2017', '2017') },
		{ id: '2020', label: bi('2020', '2020') },
		{ id: '2021', label: bi('2021', '2021') },
		{ id: '2022', label: bi('2022', '2022') },
		{ id: '2017-2022', label: bi('2017–2022', '2017–2022'), total: true }
	],
	rows: [
		{
			key: 'sex=female',
			label: bi('Female', 'Qadın'),
			cells: [{ shown: 60 }, { shown: 70 }, { shown: 80 }, null, { shown: 210 }]
		},
		{
			key: 'sex=male',
			label: bi('Male', 'Kişi'),
			cells: [{ shown: 12 }, { suppressed: true, label: '<5' }, { shown: 9 }, null, { shown: 25 }]
		},
		{
			key: 'total',
			label: bi('Total', 'Cəmi'),
			total: true,
			cells: [{ shown: 72 }, { shown: 73 }, { shown: 89 }, { shown: 94 }, { shown: 328 }]
		}
	]
};

describe('server-side chart pictures', () => {
	it('draws a chart.js picture at print resolution with its notes', () => {
		for (const l of ['az', 'en'] as const) {
			const png = renderChartPng(victims, {
				locale: l,
				tr: tr(l),
				notes: ['Data as of 4 October 2022.']
			});
			expect(png.subarray(1, 4).toString()).toBe('PNG');
			expect(pngSize(png).width).toBe(2000);
			if (process.env.CHART_OUT) writeFileSync(`${process.env.CHART_OUT}/victims-${l}.png`, png);
		}
	});

	it('pictures a table with nothing to draw as its table and the reason', () => {
		const hidden: DashTable = {
			...victims,
			rows: victims.rows.map((r) => ({
				...r,
				cells: r.cells.map(() => ({ suppressed: true as const, label: '<5' }))
			}))
		};
		const png = renderChartPng(hidden, { locale: 'en', tr: tr('en'), notes: [] });
		expect(pngSize(png).height).toBeGreaterThan(100);
		if (process.env.CHART_OUT) writeFileSync(`${process.env.CHART_OUT}/hidden.png`, png);
	});
});
