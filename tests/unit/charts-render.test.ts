import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { loadImage } from '@napi-rs/canvas';
import { createCanvas } from '@napi-rs/canvas';
import { renderChartPng, pngSize } from '../../src/lib/server/charts/render';
import { exportResponse } from '../../src/lib/server/dashboards/results-export';
import { STATUS_COLORS } from '../../src/lib/meaning-colors';
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

	it('draws statuses in their colours: completed green, delayed red', async () => {
		const status: DashTable = {
			id: 'status',
			title: bi('Actions by status'),
			chart: 'hstacked',
			columns: [
				{ id: 'completed', label: bi('Completed') },
				{ id: 'delayed', label: bi('Delayed') },
				{ id: '*', label: bi('Actions'), total: true }
			],
			rows: [{ key: '4.1', label: bi('4.1'), cells: [{ shown: 3 }, { shown: 2 }, { shown: 5 }] }]
		};
		const png = renderChartPng(status, { locale: 'en', tr: tr('en'), notes: [] });
		const img = await loadImage(png);
		const c = createCanvas(img.width, img.height);
		const ctx = c.getContext('2d');
		ctx.drawImage(img, 0, 0);
		const px = ctx.getImageData(0, 0, img.width, img.height).data;
		const count = (hex: string) => {
			const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
			let n = 0;
			for (let i = 0; i < px.length; i += 4)
				if (px[i] === r && px[i + 1] === g && px[i + 2] === b) n++;
			return n;
		};
		expect(count(STATUS_COLORS.completed)).toBeGreaterThan(1000);
		expect(count(STATUS_COLORS.delayed)).toBeGreaterThan(1000);
		// the old palette's light blue once meant "delayed"
		expect(count('#56B4E9')).toBe(0);
	});

	it('serves one chart as a PNG download, and only one', async () => {
		const o = {
			format: 'png' as const,
			name: 'results-donor',
			title: 'Results',
			notes: ['Data as of 4 October 2022.'],
			locale: 'en' as const,
			tr: tr('en'),
			asOf: '2022-10-04',
			protected: true,
			threshold: 4
		};
		const res = await exportResponse([victims], o);
		expect(res.headers.get('Content-Type')).toBe('image/png');
		expect(res.headers.get('Content-Disposition')).toContain('results-donor-victims_sex.png');
		expect(pngSize(Buffer.from(await res.arrayBuffer())).width).toBe(2000);
		expect((await exportResponse([victims, victims], o)).status).toBe(404);
	});
});
