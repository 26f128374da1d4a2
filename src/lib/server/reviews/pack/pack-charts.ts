// The pack's charts, laid out from the pack data: shared by the DOCX (as PNG) and the print page
// (as SVG), so both show the same bars.
import { translate } from '../../../i18n/core';
import { layoutBarChart, type ChartLayout } from './chart';
import { RESULT_COLOR } from './colors';
import type { PackData } from './data';

export interface PackChart {
	title: string;
	layout: ChartLayout;
	/** the figure's number in the pack */
	figure: number;
}

/** The aims chart, and per indicator its yearly chart (null when no year has a total). */
export function packCharts(d: PackData): { aims: PackChart; results: (PackChart | null)[] } {
	let figure = 1;
	const aims: PackChart = {
		figure: figure++,
		title: translate(d.locale, 'reviews.status_by_aim'),
		layout: layoutBarChart({
			rows: d.aims.map((a) => ({
				label: a.code,
				segments: d.legend.map((l) => ({ key: l.key, value: a.counts[l.key] ?? 0, color: l.color }))
			}))
		})
	};
	const results = d.results.map((r) =>
		r.byYear.length === 0
			? null
			: {
					figure: figure++,
					title: translate(d.locale, 'pack.by_year', { metric: r.metric }),
					layout: layoutBarChart({
						// a suppressed figure gets no bar: its length would give the number away
						rows: r.byYear.map((y) => ({
							label: y.period,
							segments: [{ key: 'value', value: y.value ?? 0, color: RESULT_COLOR, text: y.text }],
							total: y.text
						}))
					})
				}
	);
	return { aims, results };
}
