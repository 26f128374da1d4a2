// Request handlers for the results downloads (`export.csv`, `export.xlsx`, `data.json` next to
// each results page). Each checks access again: layout loads do not run for endpoints.
import type { RequestHandler } from '@sveltejs/kit';
import { db } from '../db';
import { translate } from '../../i18n/core';
import { formatDate } from '../../format';
import {
	exportNotes,
	exportResponse,
	onlyTable,
	resultsExport,
	type ExportFormat
} from './results-export';
import { loadImplementationPage } from './implementation-page';
import { implementationAccess, resultsAccess, type Access } from './access';
import { today } from '../../dates';

export function resultsExportHandler(access: Access, format: ExportFormat): RequestHandler {
	return (event) => {
		const audience = resultsAccess(event, access);
		const locale = event.locals.locale;
		return resultsExport(db, event.url.searchParams, audience, {
			format,
			name: access === 'results' ? 'results' : `results-${access}`,
			locale,
			tr: (k, p) => translate(locale, k, p),
			formatDate: (iso) => formatDate(iso, locale)
		});
	};
}

export function implementationExportHandler(format: ExportFormat): RequestHandler {
	return (event) => {
		implementationAccess(event);
		const locale = event.locals.locale;
		const tr = (k: string, p?: Record<string, string | number>) => translate(locale, k, p);
		const page = loadImplementationPage(db, event.url.searchParams, {
			staff: true,
			today: today()
		});
		const notes = [
			...exportNotes(
				{
					asOf: page.asOf,
					protected: false,
					threshold: 0,
					formatDate: (iso) => formatDate(iso, locale)
				},
				tr
			).slice(0, 2),
			page.period ? tr('impl.as_of_period', { period: page.period.code }) : ''
		].filter(Boolean);
		return exportResponse(onlyTable(page.tables, event.url.searchParams), {
			format,
			name: 'implementation',
			title: tr('impl.title'),
			notes,
			locale,
			tr,
			asOf: page.asOf,
			protected: false,
			threshold: 0
		});
	};
}
