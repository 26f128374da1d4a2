// Request handlers for the results downloads (`export.csv`, `export.xlsx`, `data.json` next to
// each results page). Each checks access again: layout loads do not run for endpoints.
import { error, type RequestEvent, type RequestHandler } from '@sveltejs/kit';
import { db } from '../db';
import { requireRole } from '../auth/guards';
import { getSetting } from '../settings';
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
import type { Role } from '../db/schema';

export type Access = 'results' | 'donor' | 'public';

/** Who may open a results page, and whether they see exact figures. */
export function resultsAccess(event: RequestEvent, access: Access): { exact: boolean } {
	if (access === 'public') {
		if (!getSetting(db, 'publicPageEnabled')) error(404, { message: 'not_found' });
		return { exact: false };
	}
	const roles: Role[] =
		access === 'results' ? ['admin', 'reviewer', 'focal_point'] : ['donor', 'admin', 'reviewer'];
	const user = requireRole(event, ...roles);
	// the donor view is always the protected one, also when a reviewer previews it
	return { exact: access === 'results' && (user.role === 'admin' || user.role === 'reviewer') };
}

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

/** Who may open the implementation dashboard: signed-in staff (donors get its summary in /donor). */
export function implementationAccess(event: RequestEvent) {
	return requireRole(event, 'admin', 'reviewer', 'focal_point');
}

export function implementationExportHandler(format: ExportFormat): RequestHandler {
	return (event) => {
		implementationAccess(event);
		const locale = event.locals.locale;
		const tr = (k: string, p?: Record<string, string | number>) => translate(locale, k, p);
		const page = loadImplementationPage(db, event.url.searchParams, {
			staff: true,
			today: new Date().toISOString().slice(0, 10)
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
