// The pack's charts as dashboard tables, drawn by the one server renderer (charts/render.ts) with
// the web's chart builders: the status chart uses the status palette, the yearly charts keep
// missing years in their place, and a hidden figure is a gap with its label in the table.
import { translate } from '../../../i18n/core';
import { renderChartPng } from '../../charts/render';
import { hasChartData } from '../../../charts';
import type { DashTable } from '../../../safe-table';
import type { PackData } from './data';

const one = (s: string) => ({ az: s, en: s });

/** The chart tables: actions by status per aim, and the results view's tables. */
export function packChartTables(d: PackData): { aims: DashTable; results: (DashTable | null)[] } {
	const tr = (k: string, p?: Record<string, string | number>) => translate(d.locale, k, p);
	const used = d.legend.filter((l) => d.aims.some((a) => (a.counts[l.key] ?? 0) > 0));
	const aims: DashTable = {
		id: 'status',
		title: one(tr('reviews.status_by_aim')),
		chart: 'hstacked',
		columns: [
			...used.map((l) => ({ id: l.key, label: one(l.label) })),
			{ id: '*', label: one(tr('reviews.total')), total: true }
		],
		rows: d.aims.map((a) => ({
			key: a.code,
			label: one(a.code),
			cells: [...used.map((l) => ({ shown: a.counts[l.key] ?? 0 })), { shown: a.total }]
		}))
	};
	// the results page's own tables, drawn as the web draws them (a table with nothing to draw
	// is printed as a table only)
	const results = d.results.tables.map((t) => (hasChartData(t) ? t : null));
	return { aims, results };
}

/** The notes under a pack chart: its source and date, and what a hidden figure means. */
function notes(d: PackData, t: DashTable): string[] {
	const hidden = t.rows.some((r) => r.cells.some((c) => c !== null && 'suppressed' in c));
	const missing = t.rows.some((r) => r.cells.some((c) => c === null));
	return [
		d.sourceText,
		...(hidden && d.suppressionNote ? [d.suppressionNote] : []),
		...(missing ? [translate(d.locale, 'dash.missing_note')] : [])
	];
}

/** Every chart of the pack as PNG (print resolution; the caption carries the title). */
export function renderPackCharts(d: PackData) {
	const tr = (k: string, p?: Record<string, string | number>) => translate(d.locale, k, p);
	const t = packChartTables(d);
	const draw = (table: DashTable) =>
		renderChartPng(table, { locale: d.locale, tr, notes: notes(d, table), title: false });
	return { aims: draw(t.aims), results: t.results.map((r) => (r ? draw(r) : null)) };
}
