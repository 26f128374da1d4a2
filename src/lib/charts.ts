// Chart configurations built from dashboard tables by pure functions (unit-tested; the chart
// components only hand the result to chart.js). A hidden cell becomes a gap (null) in the data
// and its label in the tooltip: the config never holds a number the table does not show.
import {
	isShown,
	pickText,
	type Bilingual,
	type DashCell,
	type DashRow,
	type DashTable
} from './safe-table';
import { MEANING_COLORS, NOT_BROKEN_DOWN_COLOR } from './meaning-colors';

/** Okabe–Ito: distinguishable with every common colour-vision deficiency. */
export const PALETTE = [
	'#0072B2',
	'#E69F00',
	'#009E73',
	'#D55E00',
	'#56B4E9',
	'#CC79A7',
	'#F0E442',
	'#000000'
];

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface ChartDataset {
	label: string;
	data: (number | null)[];
	/** what the tooltip and data table say for each point: a number or a label like "<5" */
	texts: string[];
	backgroundColor: string;
	borderColor?: string;
	stack?: string;
}

export interface ChartConfig {
	type: 'bar';
	data: { labels: string[]; datasets: ChartDataset[] };
	options: {
		indexAxis?: 'x' | 'y';
		stacked?: boolean;
		percent?: boolean;
		/** legend only when there is more than one series or slice */
		legend: boolean;
	};
}

export function cellValue(c: DashCell): number | null {
	return c !== null && isShown(c) ? c.shown : null;
}

// building an Intl.NumberFormat costs far more than using one: a page formats hundreds of cells
const numberFormats = {
	az: new Intl.NumberFormat('az-Latn-AZ'),
	en: new Intl.NumberFormat('en-GB')
};

/** The text of a cell; "*" marks a sum lacking some years (the table's note names them). */
export function cellText(c: DashCell, locale: 'az' | 'en', na: string): string {
	if (c === null) return na;
	const mark = c.lacks ? '*' : '';
	if (!isShown(c)) return c.label + mark;
	return numberFormats[locale].format(c.shown) + mark;
}

const categoryRows = (t: DashTable) => t.rows.filter((r) => !r.total);
/** Axis labels are cut to fit; the legend, tooltip and data table keep the full names. */
const axisLabel = (s: string) => (s.length > 42 ? `${s.slice(0, 40).trimEnd()}…` : s);

type AxisColumn = { label: Bilingual; i: number | null };

/**
 * The columns on a yearly axis: one per year or period, never a multi-year total (that is a
 * number under the chart, see `rangeTotals`). Years missing between two reported years keep
 * their place, drawn empty, so the axis does not jump from 2017 to 2020.
 */
export function axisColumns(t: DashTable): AxisColumn[] {
	const cols = t.columns.map((c, i) => ({ c, i })).filter(({ c }) => !c.total);
	const years = cols.map(({ c }) => (/^\d{4}$/.test(c.id) ? Number(c.id) : null));
	if (cols.length < 2 || years.some((y) => y === null))
		return cols.map(({ c, i }) => ({ label: c.label, i }));
	const out: AxisColumn[] = [];
	cols.forEach(({ c, i }, k) => {
		if (k > 0)
			for (let y = years[k - 1]! + 1; y < years[k]!; y++)
				out.push({ label: { az: String(y), en: String(y) }, i: null });
		out.push({ label: c.label, i });
	});
	return out;
}

/** A multi-year total column as one line of numbers: "2020–2021: Female 184 · Male 5 · Total 189". */
export function rangeTotals(t: DashTable, locale: 'az' | 'en', na: string): string[] {
	if (t.chart === 'funnel' || t.chart === 'hbar' || t.chart === 'hstacked') return [];
	return t.columns.flatMap((c, i) => {
		if (!c.total) return [];
		const parts = t.rows
			.filter((r) => r.cells[i] !== null)
			.map((r) => `${pickText(r.label, locale)} ${cellText(r.cells[i], locale, na)}`);
		return parts.length ? [`${pickText(c.label, locale)}: ${parts.join(' · ')}`] : [];
	});
}

/** Whether the chart of a table would draw anything (else the table alone is shown). */
export function hasChartData(t: DashTable): boolean {
	const c = buildChartConfig(t, 'en', (k) => k);
	return c.data.datasets.some((d) => d.data.some((v) => v !== null));
}

/** The chart of a table, by its kind. */
export function buildChartConfig(t: DashTable, locale: 'az' | 'en', tr: Translate): ChartConfig {
	const na = tr('dash.na');
	const percent = t.unit === 'percent';
	if (t.chart === 'funnel' || t.chart === 'hbar') {
		// one series: the last column (the selected range's total, or the only year)
		const last = t.columns.length - 1;
		const rows = t.chart === 'funnel' ? t.rows : categoryRows(t);
		const cells = rows.map((r) => r.cells[last] ?? null);
		return {
			type: 'bar',
			data: {
				labels: rows.map((r) => axisLabel(pickText(r.label, locale))),
				datasets: [
					{
						label: last >= 0 ? pickText(t.columns[last].label, locale) : '',
						data: cells.map(cellValue),
						texts: cells.map((c) => cellText(c, locale, na)),
						backgroundColor: PALETTE[0]
					}
				]
			},
			options: { indexAxis: 'y', percent, legend: false }
		};
	}
	if (t.chart === 'hstacked') {
		// rows along the axis (aims, institutions), the columns (statuses) stacked; the total
		// column is the bar's length already
		const rows = categoryRows(t);
		const cols = t.columns.map((c, i) => ({ c, i })).filter(({ c }) => !c.total);
		return {
			type: 'bar',
			data: {
				labels: rows.map((r) => axisLabel(pickText(r.label, locale))),
				datasets: cols.map(({ c, i }, k) => ({
					label: pickText(c.label, locale),
					data: rows.map((r) => cellValue(r.cells[i])),
					texts: rows.map((r) => cellText(r.cells[i], locale, na)),
					backgroundColor: MEANING_COLORS[t.id]?.[c.id] ?? PALETTE[k % PALETTE.length],
					stack: 'all'
				}))
			},
			options: { indexAxis: 'y', stacked: true, percent, legend: cols.length > 1 }
		};
	}
	const cols = axisColumns(t);
	const rows = categoryRows(t).length ? categoryRows(t) : t.rows;
	const at = (r: DashRow, i: number | null) => (i === null ? null : (r.cells[i] ?? null));
	const datasets: ChartDataset[] = rows.map((r, k) => ({
		label: pickText(r.label, locale),
		data: cols.map(({ i }) => cellValue(at(r, i))),
		texts: cols.map(({ i }) => cellText(at(r, i), locale, na)),
		backgroundColor: PALETTE[k % PALETTE.length],
		borderColor: PALETTE[k % PALETTE.length],
		...(t.chart === 'stacked' ? { stack: 'all' } : {})
	}));
	// a year whose total is shown but none of its categories: the total, drawn as such
	const total = rows === t.rows ? null : (t.rows.find((r) => r.total) ?? null);
	const whole = cols.map(({ i }) =>
		total !== null && rows.every((r) => cellValue(at(r, i)) === null) ? at(total, i) : null
	);
	if (whole.some((c) => cellValue(c) !== null))
		datasets.push({
			label: tr('chart.not_broken_down'),
			data: whole.map(cellValue),
			texts: whole.map((c) => (cellValue(c) === null ? '' : cellText(c, locale, na))),
			backgroundColor: NOT_BROKEN_DOWN_COLOR,
			borderColor: NOT_BROKEN_DOWN_COLOR,
			...(t.chart === 'stacked' ? { stack: 'all' } : {})
		});
	return {
		type: 'bar',
		data: { labels: cols.map(({ label }) => pickText(label, locale)), datasets },
		options: {
			indexAxis: 'x',
			stacked: t.chart === 'stacked',
			percent,
			legend: datasets.length > 1
		}
	};
}

/** One sentence saying what the chart shows, from the shown figures only. */
export function summarizeTable(t: DashTable, locale: 'az' | 'en', tr: Translate): string {
	// the newest column that has a figure (a period not reported yet says nothing)
	// (on a yearly chart the multi-year total is not drawn, so the summary skips it too)
	const yearly = t.chart === 'bar' || t.chart === 'stacked';
	const drawn = (i: number) => !yearly || !t.columns[i].total;
	let last = t.columns.length - 1;
	while (last > 0 && (!drawn(last) || !t.rows.some((r) => r.cells[last] !== null))) last--;
	if (last < 0 || t.rows.length === 0) return tr('chart.summary_empty');
	const column = pickText(t.columns[last].label, locale);
	const fmt = (c: DashCell) =>
		cellText(c, locale, tr('dash.na')) + (t.unit === 'percent' && c && isShown(c) ? '%' : '');
	if (t.chart === 'funnel') {
		const shown = t.rows.filter((r) => r.cells[last] !== null);
		if (shown.length === 0) return tr('chart.summary_empty');
		const [a, b] = [shown[0], shown[shown.length - 1]];
		return tr('chart.summary_funnel', {
			column,
			first: fmt(a.cells[last]),
			firstLabel: pickText(a.label, locale).toLocaleLowerCase(locale),
			last: fmt(b.cells[last]),
			lastLabel: pickText(b.label, locale).toLocaleLowerCase(locale)
		});
	}
	const parts: string[] = [];
	const total = t.rows.find((r) => r.total)?.cells[last] ?? null;
	if (total !== null) parts.push(tr('chart.summary_total', { column, value: fmt(total) }));
	let best: { label: string; cell: DashCell; v: number } | null = null;
	for (const r of categoryRows(t)) {
		const v = cellValue(r.cells[last]);
		if (v !== null && (best === null || v > best.v))
			best = { label: pickText(r.label, locale), cell: r.cells[last], v };
	}
	if (best) parts.push(tr('chart.summary_largest', { row: best.label, value: fmt(best.cell) }));
	return parts.length ? parts.join(' ') : tr('chart.summary_empty');
}

/** Pixel height for a chart's container: horizontal bars grow with their rows. */
export function chartHeight(t: DashTable): number {
	if (t.chart === 'funnel' || t.chart === 'hbar') return Math.max(160, 40 + 34 * t.rows.length);
	if (t.chart === 'hstacked') return Math.max(180, 90 + 30 * categoryRows(t).length);
	return 280;
}

/** The legend, drawn in HTML by the chart frame (lighter than chart.js's plugin, and it prints). */
export function legendItems(c: ChartConfig): { label: string; colour: string }[] {
	if (!c.options.legend) return [];
	return c.data.datasets.map((d) => ({ label: d.label, colour: String(d.backgroundColor) }));
}
