// The shape every dashboard table, chart, CSV, XLSX and JSON export is built from. Cells are
// SafeCells: a shown number or a label, so nothing downstream can print a hidden count.
// (Shared by server and browser code; the suppression itself is $lib/server/disclosure/rule.ts.)

export type SafeCell =
	{ shown: number; lacks?: number[] } | { suppressed: true; label: string; lacks?: number[] };
// `lacks`: a multi-year figure that is the sum of the years known, without these years (set only
// when some are missing; disclosure control treats the partial sum like any other cell)

/** null: no figure (reported as not available — see DashRow.unavailable — or not reported yet) */
export type DashCell = SafeCell | null;

export interface Bilingual {
	az: string;
	en: string;
}

export interface DashColumn {
	id: string;
	label: Bilingual;
	/** a multi-year total rather than one year or period */
	total?: boolean;
}

export interface DashRow {
	key: string;
	label: Bilingual;
	cells: DashCell[];
	/** the table's total row (not a category) */
	total?: boolean;
	/** a link for drill-down (staff dashboards only) */
	href?: string;
	/**
	 * per cell: true where a cell without figure was reported as "not available from the source";
	 * a null cell not marked here is "not reported yet" (absent: none was reported unavailable)
	 */
	unavailable?: boolean[];
	/**
	 * per cell: true where a cell without figure is a category the period's breakdown left out,
	 * so its persons are counted in the "not stated" row (absent: none is)
	 */
	notStated?: boolean[];
}

export type MissingKind = 'unavailable' | 'unreported' | 'not_stated';

/** Which kind of missing a null cell is, for labels and exports. */
export function missingKind(r: DashRow, i: number): MissingKind {
	return r.unavailable?.[i] ? 'unavailable' : r.notStated?.[i] ? 'not_stated' : 'unreported';
}

/** all bars: grouped, stacked, horizontal stacked, a funnel, horizontal categories */
export type ChartKind = 'bar' | 'stacked' | 'hstacked' | 'funnel' | 'hbar';

export interface DashTable {
	id: string;
	title: Bilingual;
	chart: ChartKind;
	columns: DashColumn[];
	rows: DashRow[];
	/** one sentence saying what the chart shows, from its shown figures (set by the server) */
	summary?: Bilingual;
	/** figures in this table are percentages rather than counts */
	unit?: 'count' | 'percent';
	notes?: Bilingual[];
}

export function isShown(c: DashCell): c is { shown: number } {
	return c !== null && 'shown' in c;
}

export function pickText(b: Bilingual, locale: 'az' | 'en'): string {
	return locale === 'az' ? b.az : b.en;
}
