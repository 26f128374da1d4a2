// Everything the report page shows for one institution × year: definitions with their grid
// layout, the stored cells, blocking issues and warnings, the history, and what the user may do.
import { eq } from 'drizzle-orm';
import { institution } from '../db/schema';
import type { DB } from '../db/connect';
import { availableStatActions } from './permissions';
import { loadMetrics, metricsForInstitution } from './definitions';
import { metricLayout, type LayoutCell } from './layout';
import { acceptsSubmissions, getStatPeriod } from './periods';
import { findReport, loadCells, mayEdit, type StatActor } from './reports';
import { validateReport } from './validate';
import { reportWarnings } from './warnings';

/** Reviewers and admins may read another institution's exact figure in a warning. */
export const isStaff = (actor: { role: string }) =>
	actor.role === 'reviewer' || actor.role === 'admin';
import { isEditable, listEvents } from '../workflow';
import type { CellInput, MetricDef } from './types';
import type { Locale } from '../../i18n/core';

export type GridMetric = MetricDef & { layout: LayoutCell[] };

export function gridMetrics(
	db: DB,
	institutionId: number,
	cells: Map<string, CellInput[]>,
	base = metricsForInstitution(db, institutionId)
): GridMetric[] {
	return base.map((m) => ({
		...m,
		layout: metricLayout(
			m,
			(cells.get(m.code) ?? []).map((c) => c.key)
		)
	}));
}

export function reportView(
	db: DB,
	actor: StatActor,
	institutionId: number,
	periodId: number,
	now: Date,
	/** the reader's language: the grid shows and edits the sources of that language */
	locale: Locale = 'en'
) {
	const inst = db.select().from(institution).where(eq(institution.id, institutionId)).get();
	const period = getStatPeriod(db, periodId);
	if (!inst || !period) return null;
	const report = findReport(db, institutionId, periodId);
	const all = loadMetrics(db);
	const base = all.filter((m) => m.active && m.institutionIds.includes(institutionId));
	const cells = report ? loadCells(db, report.id, base, locale) : new Map<string, CellInput[]>();
	const metrics = gridMetrics(db, institutionId, cells, base);
	const state = report?.state ?? 'draft';
	const open = acceptsSubmissions(db, period, institutionId, now);
	return {
		institution: inst,
		// names for issue texts that mention another institution
		institutions: db
			.select({ code: institution.code, nameAz: institution.nameAz, nameEn: institution.nameEn })
			.from(institution)
			.all(),
		period,
		open,
		report,
		version: report?.version ?? 0,
		metrics,
		cells: Object.fromEntries(cells),
		issues: [
			...validateReport(base, cells),
			...reportWarnings(db, institutionId, periodId, cells, all, { exact: isStaff(actor) })
		],
		events: report ? listEvents(db, 'statistics', report.id) : [],
		canEdit: open && isEditable(state) && mayEdit(actor, institutionId) && base.length > 0,
		actions: report
			? availableStatActions(actor, state, institutionId, report.submittedBy ?? null)
			: []
	};
}
