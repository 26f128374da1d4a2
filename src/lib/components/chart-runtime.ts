// Turns a ChartConfig (src/lib/charts.ts) into chart.js options. No chart.js values are imported
// here: each wrapper component registers only the controllers and elements it draws with.
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { ChartConfig } from '$lib/charts';

/** A white background, so that the PNG download is not transparent. */
const whiteBackground: Plugin = {
	id: 'whiteBackground',
	beforeDraw(chart) {
		const { ctx, width, height } = chart;
		ctx.save();
		ctx.globalCompositeOperation = 'destination-over';
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, width, height);
		ctx.restore();
	}
};

export function toChartJs(c: ChartConfig, locale: 'az' | 'en', onRendered: () => void): ChartConfiguration {
	const fmt = new Intl.NumberFormat(locale === 'az' ? 'az-Latn-AZ' : 'en-GB');
	const tick = (v: number | string) => (typeof v === 'number' ? fmt.format(v) + (c.options.percent ? '%' : '') : v);
	const valueAxis = {
		beginAtZero: true,
		stacked: c.options.stacked,
		max: c.options.percent && !c.options.stacked ? 100 : undefined,
		ticks: { callback: tick, precision: 0 }
	};
	const categoryAxis = { stacked: c.options.stacked, ticks: { autoSkip: false } };
	const horizontal = c.options.indexAxis === 'y';
	return {
		type: c.type,
		data: c.data as ChartConfiguration['data'],
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			indexAxis: c.type === 'doughnut' ? undefined : c.options.indexAxis,
			plugins: {
				legend: { display: c.options.legend, position: 'bottom' },
				tooltip: {
					callbacks: {
						// the table's own text for the point ("<5", "n/a" or the number)
						label: (ctx) => {
							const ds = ctx.dataset as unknown as { label?: string; texts?: string[] };
							return `${ds.label ?? ''}: ${ds.texts?.[ctx.dataIndex] ?? ''}`;
						}
					}
				}
			},
			scales:
				c.type === 'doughnut'
					? undefined
					: horizontal
						? { x: valueAxis, y: categoryAxis }
						: { x: categoryAxis, y: valueAxis }
		} as ChartConfiguration['options'],
		plugins: [whiteBackground, { id: 'ready', afterRender: onRendered }]
	} as ChartConfiguration;
}
