// Downloads of a results view: CSV, XLSX or JSON of the same tables the page shows, for the same
// audience (a donor's file is protected exactly like the donor's page).
import { CONFIDENTIAL_LABEL, smallLabel } from '../disclosure/rule';
import { tablesToCsv, tablesToJson, tablesToXlsx, type ExportMeta } from './export';
import { renderChartPng } from '../charts/render';
import { loadDonorPage, loadResultsPage, type Audience } from './results-page';
import type { DB } from '../db/connect';
import type { DashTable } from '../../safe-table';
import type { Locale } from '../../i18n/core';
import { today } from '../../dates';
import { CONTENT_TYPES, downloadResponse } from '../download';

export type ExportFormat = 'csv' | 'xlsx' | 'json' | 'png';
type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The lines a file carries above its tables: what it is, how fresh, and what is hidden. */
export function exportNotes(
	o: {
		asOf: string | null;
		protected: boolean;
		threshold: number;
		formatDate: (iso: string) => string;
	},
	tr: Translate
): string[] {
	return [
		o.asOf ? tr('dash.as_of', { date: o.formatDate(o.asOf) }) : tr('dash.as_of_none'),
		tr('dash.approved_only'),
		o.protected
			? tr('dash.suppressed_note', {
					threshold: o.threshold,
					small: smallLabel(o.threshold),
					c: CONFIDENTIAL_LABEL
				})
			: tr('dash.raw_note'),
		tr('dash.missing_note')
	];
}

export async function exportResponse(
	tables: DashTable[],
	o: {
		format: ExportFormat;
		name: string;
		title: string;
		notes: string[];
		locale: Locale;
		tr: Translate;
		asOf: string | null;
		protected: boolean;
		threshold: number;
	}
): Promise<Response> {
	if (o.format === 'png') return chartPngResponse(tables, o);
	const meta: ExportMeta = {
		title: o.title,
		notes: o.notes,
		locale: o.locale,
		naText: o.tr('dash.na'),
		missing: {
			unavailable: o.tr('dash.na'),
			unreported: o.tr('dash.unreported'),
			notStated: o.tr('dash.in_not_stated')
		}
	};
	const body =
		o.format === 'csv'
			? tablesToCsv(tables, meta)
			: o.format === 'xlsx'
				? new Uint8Array(await tablesToXlsx(tables, meta))
				: JSON.stringify(tablesToJson(tables, o), null, 1);
	return downloadResponse(body, {
		type: CONTENT_TYPES[o.format],
		fileName: `${o.name}.${o.format}`,
		inline: o.format === 'json'
	});
}

/**
 * One chart as a picture for a slide ("Download PNG"): drawn by the server renderer from the same
 * protected table as the page and the CSV, with its title, legend, source, as-of date and what
 * "<5" and "[c]" mean.
 */
function chartPngResponse(
	tables: DashTable[],
	o: { name: string; notes: string[]; locale: Locale; tr: Translate }
): Response {
	if (tables.length !== 1) return new Response('Choose one chart (?table=)', { status: 404 });
	const png = renderChartPng(tables[0], {
		locale: o.locale,
		tr: o.tr,
		notes: [o.tr('chart.source'), ...o.notes]
	});
	return downloadResponse(new Uint8Array(png), {
		type: CONTENT_TYPES.png,
		fileName: `${o.name}-${tables[0].id}.png`
	});
}

export async function resultsExport(
	db: DB,
	params: URLSearchParams,
	audience: Audience,
	o: {
		format: ExportFormat;
		name: string;
		locale: Locale;
		tr: Translate;
		formatDate: (iso: string) => string;
	}
): Promise<Response> {
	// the donor view's files hold its implementation tables too
	const donor = audience.exact ? null : loadDonorPage(db, params, today());
	const page = donor ?? loadResultsPage(db, params, audience);
	const notes = exportNotes(
		{
			asOf: page.view.asOf,
			protected: page.view.protected,
			threshold: page.threshold,
			formatDate: o.formatDate
		},
		o.tr
	);
	if (donor?.impl.period) notes.push(o.tr('impl.as_of_period', { period: donor.impl.period.code }));
	const tables = onlyTable([...page.view.tables, ...(donor?.impl.tables ?? [])], params);
	return exportResponse(tables, {
		...o,
		title: `${o.tr('results.title')} ${page.from ?? ''}–${page.to ?? ''}`,
		notes,
		asOf: page.view.asOf,
		protected: page.view.protected,
		threshold: page.threshold
	});
}

/** `?table=id` narrows a download to one table (each chart's "Download CSV"). */
export function onlyTable(tables: DashTable[], params: URLSearchParams): DashTable[] {
	const id = params.get('table');
	return id === null ? tables : tables.filter((t) => t.id === id);
}
