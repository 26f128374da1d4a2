// The pack's statistics are the dashboards' results view (dashboards/results-view.ts), read from
// the pack's source — approved data as of the pack's instant, or the snapshot's frozen figures —
// so a figure in the pack is the figure the results page (reviewers) or the donor view (donors)
// shows for the same source and scope: the same official-source choice, the same "not stated"
// rows, the same partial-range marks ("184*" and its note), the same disclosure protection.
// Nothing here adds figures up.
import type { DB } from '../../db/connect';
import { getResultsView, listAims, type PlanOption } from '../../dashboards/results-view';
import type { FigureSource } from '../../dashboards/stat-figures';
import type { Source } from '../snapshot-source';
import { isShown, missingKind, pickText, type DashRow, type DashTable } from '../../../safe-table';
import { cellText } from '../../../charts';
import { translate, type Locale } from '../../../i18n/core';
import type { PackScope } from './data';

export interface PackResults {
	/** the view's tables that hold any figure (or a figure reported as not available) */
	tables: DashTable[];
	/** tables of the scope with nothing reported yet (titles only) */
	empty: DashTable[];
	/** the view's own notes (data problems), as message keys */
	notes: { key: string; params: Record<string, string> }[];
	/** the baseline year's column, from the same view for that one year (key figures) */
	baseline: DashTable[];
	/**
	 * an institution's pack for donors holds no statistics: protected figures are never published
	 * per institution (the donor view cannot be filtered by institution either), since one
	 * institution's hidden count would be the national figure minus the others'
	 */
	withheld: boolean;
}

export function figureSource(s: Source): FigureSource {
	return s.kind === 'snapshot'
		? { kind: 'snapshot', id: s.snapshot.id }
		: { kind: 'approved', by: s.at };
}

const hasFigure = (t: DashTable) =>
	t.rows.some((r) => r.cells.some((c) => c !== null) || r.unavailable?.some(Boolean));

export function packResults(
	db: DB,
	o: {
		source: Source;
		plan: PlanOption;
		scope: PackScope;
		audience: 'internal' | 'donor';
		threshold: number;
	}
): PackResults {
	const exact = o.audience === 'internal';
	const institution = o.scope.kind === 'institution' ? o.scope.institutionId : null;
	if (!exact && institution !== null)
		return { tables: [], empty: [], notes: [], baseline: [], withheld: true };
	const sectionId = o.scope.kind === 'aim' ? o.scope.sectionId : null;
	const aim =
		sectionId === null
			? null
			: (listAims(db, o.plan.id).find((a) => a.id === sectionId)?.position ?? -1);
	const request = {
		aim,
		// staff may read one institution's own figures; protected views are never per institution
		institutionIds: institution !== null ? [institution] : undefined,
		exact,
		threshold: o.threshold,
		source: figureSource(o.source)
	};
	// the results page's default: the plan's years, and their range
	const view = getResultsView(db, {
		...request,
		plan: o.plan,
		fromYear: o.plan.startYear,
		toYear: o.plan.endYear
	});
	// the year before the plan, on its own (a one-year view, protected on its own for donors: no
	// table of the plan's years shares a cell or an equation with it)
	const base = o.plan.startYear - 1;
	const baseline = getResultsView(db, {
		...request,
		plan: { ...o.plan, startYear: base, endYear: base },
		fromYear: base,
		toYear: base
	});
	return {
		tables: view.tables.filter(hasFigure),
		empty: view.tables.filter((t) => !hasFigure(t)),
		notes: view.notes,
		baseline: baseline.tables,
		withheld: false
	};
}

/**
 * A cell as the pack prints it: the figure ("184*" for a sum lacking years, "<5" / "[c]" when
 * hidden), or which kind of missing it is — "not available from the source" (as reported) or
 * "not reported yet" — in the web's words (dash.na / dash.unreported), explained by a legend.
 */
export function packCell(t: DashTable, r: DashRow, i: number, locale: Locale): string {
	const c = r.cells[i];
	if (c === null)
		return translate(locale, missingKind(r, i) === 'unavailable' ? 'dash.na' : 'dash.unreported');
	return cellText(c, locale, '') + (t.unit === 'percent' && isShown(c) ? '%' : '');
}

/** Whether a table has a cell without figure (the pack then prints the legend of both kinds). */
export const hasMissing = (t: DashTable) => t.rows.some((r) => r.cells.some((c) => c === null));

export interface KeyFigure {
	metric: string;
	baseline: string;
	latestPeriod: string;
	latest: string;
}

/**
 * The executive summary's figures, read from the results tables: each row of the funnel and the
 * total of every other table, once per fact (a table's total is named by its title up to the
 * first comma — "Victims identified, by sex" — and four tables of one metric share that name).
 */
export function keyFigures(r: PackResults, locale: Locale): KeyFigure[] {
	const facts = (tables: DashTable[]) => {
		const out = new Map<string, { t: DashTable; row: DashRow }>();
		for (const t of tables)
			for (const row of t.rows) {
				if (t.chart !== 'funnel' && !row.total) continue;
				const name =
					t.chart === 'funnel'
						? pickText(row.label, locale)
						: pickText(t.title, locale).split(',')[0];
				if (!out.has(name)) out.set(name, { t, row });
			}
		return out;
	};
	const base = facts(r.baseline);
	return [...facts(r.tables)].flatMap(([metric, { t, row }]) => {
		const cols = t.columns.map((c, i) => ({ c, i }));
		// the latest year with a figure; else a multi-year figure (a span published as such)
		const latest =
			cols
				.filter(({ c }) => !c.total)
				.reverse()
				.find(({ i }) => row.cells[i] !== null) ??
			cols.find(({ c, i }) => c.total && row.cells[i] !== null);
		if (!latest) return [];
		const b = base.get(metric);
		return [
			{
				metric,
				baseline: b?.t.columns.length
					? packCell(b.t, b.row, 0, locale)
					: translate(locale, 'dash.unreported'),
				latestPeriod: pickText(latest.c.label, locale),
				latest: packCell(t, row, latest.i, locale)
			}
		];
	});
}
