// Turns a ChartConfig (src/lib/charts.ts) into chart.js options. No chart.js values are imported
// here: each wrapper component registers only the controllers and elements it draws with.
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
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

export function toChartJs(
	c: ChartConfig,
	locale: 'az' | 'en',
	onRendered: () => void
): ChartConfiguration {
	const fmt = new Intl.NumberFormat(locale === 'az' ? 'az-Latn-AZ' : 'en-GB');
	const tick = (v: number | string) =>
		typeof v === 'number' ? fmt.format(v) + (c.options.percent ? '%' : '') : v;
	const valueAxis = {
		beginAtZero: true,
		stacked: c.options.stacked,
		max: c.options.percent && !c.options.stacked ? 100 : undefined,
		ticks: { callback: tick, precision: 0 }
	};
	const horizontal = c.options.indexAxis === 'y';
	const categoryAxis = {
		stacked: c.options.stacked,
		ticks: {
			autoSkip: false,
			// long names (aims, institutions) break into lines sized to the chart, so that a phone's
			// narrow canvas does not cut them off at its edge
			callback(this: { chart: Chart; getLabelForValue(v: number): string }, v: number | string) {
				const label = this.getLabelForValue(Number(v));
				const share = horizontal ? 0.4 : 1 / Math.max(1, this.chart.data.labels?.length ?? 1);
				return wrapLabel(label, Math.max(8, Math.floor((this.chart.width * share) / 7)));
			}
		}
	};
	return {
		type: c.type,
		data: c.data as ChartConfiguration['data'],
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			indexAxis: c.options.indexAxis,
			plugins: {
				// the frame draws the legend in HTML (ChartShell); the plugin is not even registered
				legend: { display: false },
				// hover labels come from attachTooltip below, not chart.js's plugin (5 KB lighter)
				tooltip: { enabled: false }
			},
			scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis }
		} as ChartConfiguration['options'],
		plugins: [whiteBackground, { id: 'ready', afterRender: onRendered }]
	} as ChartConfiguration;
}

/** Splits a label into lines of at most `width` characters at spaces (a long word is cut). */
export function wrapLabel(label: string, width: number): string | string[] {
	if (label.length <= width) return label;
	const lines: string[] = [];
	let line = '';
	for (const word of label.split(/\s+/)) {
		const w = word.length > width ? word.slice(0, width - 1) + '…' : word;
		if (line && line.length + 1 + w.length > width) {
			lines.push(line);
			line = w;
		} else line = line ? `${line} ${w}` : w;
	}
	if (line) lines.push(line);
	// more than three lines would crowd the axis: the table under the chart has the full name
	return lines.length > 3 ? [...lines.slice(0, 2), lines[2] + '…'] : lines;
}

/**
 * A small HTML hover label: the series and the table's own text for the point ("<5", "n/a" or
 * the number). The data table below each chart carries the same figures for keyboards and
 * screen readers.
 */
export function attachTooltip(chart: Chart, canvas: HTMLCanvasElement): () => void {
	const tip = document.createElement('div');
	tip.className = 'chart-tip';
	tip.hidden = true;
	canvas.parentElement?.append(tip);
	const move = (e: MouseEvent) => {
		const [hit] = chart.getElementsAtEventForMode(e, 'nearest', { intersect: true }, false);
		if (!hit) {
			tip.hidden = true;
			return;
		}
		const ds = chart.data.datasets[hit.datasetIndex] as unknown as {
			label?: string;
			texts?: string[];
		};
		const label = chart.data.labels?.[hit.index];
		tip.textContent = `${label ?? ''} · ${ds.label ?? ''}: ${ds.texts?.[hit.index] ?? ''}`;
		tip.style.left = `${e.offsetX + 12}px`;
		tip.style.top = `${e.offsetY + 12}px`;
		tip.hidden = false;
	};
	const leave = () => (tip.hidden = true);
	canvas.addEventListener('mousemove', move);
	canvas.addEventListener('mouseleave', leave);
	return () => {
		canvas.removeEventListener('mousemove', move);
		canvas.removeEventListener('mouseleave', leave);
		tip.remove();
	};
}
