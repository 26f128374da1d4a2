// The results dashboard's tables: exact figures for reviewers and admins, and the protected
// version that donors, the public and focal points get.
//
// Protected figures are computed once per plan over a fixed layout — every year of the plan with
// data and every multi-year range of those years — so that whichever years a reader selects, a
// cell is always hidden or shown the same way. (Were the pattern worked out per selection, two
// selections could hide different partners of the same small count and, put side by side, show
// it.) For the same reason, protected views cannot be filtered by institution.
import { protectTable } from '../disclosure/rule';
import { buildCube, cellId, NOT_STATED, type CubeColumn } from './cube';
import { bi, yearLabel } from './labels';
import { RESULT_METRICS, RESULT_TABLES, type RowSpec } from './results-spec';
import { loadFigures } from './stat-figures';
import { loadStatLabels, type StatLabels } from '../statistics/labels';
import type { DB } from '../db/connect';
import type { DashCell, DashColumn, DashRow, DashTable, SafeCell } from '../../safe-table';

export interface ResultsQuery {
	fromYear: number;
	toYear: number;
	/** the aim's position in its plan (1–5), or null for all */
	aim: number | null;
	/** staff only: institution ids */
	institutionIds?: number[];
}

export interface ResultsView {
	columns: DashColumn[];
	tables: DashTable[];
	protected: boolean;
	notes: { key: string; params: Record<string, string> }[];
}

export function yearColumns(years: number[]): CubeColumn[] {
	const cols: CubeColumn[] = years.map((y) => ({ id: `${y}`, years: [y] }));
	if (years.length > 1) cols.push(rangeColumn(years));
	return cols;
}

function rangeColumn(years: number[]): CubeColumn {
	return { id: `${years[0]}-${years[years.length - 1]}`, years };
}

/** Every year, and every run of consecutive years of the list (for the fixed protected layout). */
export function universeColumns(years: number[]): CubeColumn[] {
	const cols: CubeColumn[] = years.map((y) => ({ id: `${y}`, years: [y] }));
	for (let a = 0; a < years.length; a++)
		for (let b = a + 1; b < years.length; b++) cols.push(rangeColumn(years.slice(a, b + 1)));
	return cols;
}

type CellMap = Map<string, Map<string, SafeCell>>; // metric → cell id → cell
/** `metric|key` of rows reported as "not available" somewhere */
type Unavailable = Set<string>;

function metricDims(labels: StatLabels) {
	return (code: string) =>
		RESULT_METRICS.find((m) => m.code === code)!.dims.map((d) => ({
			code: d,
			categories: (labels.categories.get(d) ?? []).map((c) => c.code)
		}));
}

/** All cells of the results metrics over `columns`, protected or as they are. */
export function resultCells(
	db: DB,
	years: number[],
	columns: CubeColumn[],
	opts: { protect: boolean; threshold: number; institutionIds?: number[] }
): { cells: CellMap; inconsistent: string[]; labels: StatLabels; unavailable: Unavailable } {
	const labels = loadStatLabels(db);
	const dimsOf = metricDims(labels);
	const cells: CellMap = new Map();
	const inconsistent: string[] = [];
	const unavailable: Unavailable = new Set();
	if (years.length === 0) return { cells, inconsistent, labels, unavailable };
	const figures = loadFigures(db, {
		metrics: RESULT_METRICS,
		fromYear: years[0],
		toYear: years[years.length - 1],
		institutionIds: opts.institutionIds
	});
	for (const m of RESULT_METRICS) {
		const cube = buildCube(figures.get(m.code)!, dimsOf(m.code), columns);
		inconsistent.push(...cube.inconsistent.map((x) => `${m.code}:${x}`));
		for (const k of cube.unavailable) unavailable.add(`${m.code}|${k}`);
		const sensitive = labels.metrics.get(m.code)?.sensitive ?? true;
		const safe: Map<string, SafeCell> = opts.protect
			? protectTable({ ...cube, sensitive }, opts.threshold)
			: new Map(cube.cells.map((c) => [c.id, { shown: c.value }]));
		cells.set(m.code, safe);
	}
	return { cells, inconsistent, labels, unavailable };
}

/** Lays out the tables of a view from its cells. */
export function assembleTables(
	cells: CellMap,
	labels: StatLabels,
	columns: CubeColumn[],
	aim: number | null,
	unavailable: Unavailable = new Set()
): DashTable[] {
	const cell = (metric: string, col: string, key: string): DashCell =>
		cells.get(metric)?.get(cellId(col, key)) ?? null;
	return RESULT_TABLES.filter((t) => aim === null || t.aim === aim).map((t) => {
		let specs: RowSpec[];
		if (Array.isArray(t.rows)) specs = t.rows;
		else {
			const { metric, dim } = t.rows;
			const cats = (labels.categories.get(dim) ?? []).map((c) => `${dim}=${c.code}`);
			specs = [...cats, `${dim}=${NOT_STATED}`, ''].map((key) => ({ metric, key }));
		}
		const rows: DashRow[] = specs
			.map((s) => ({
				na: unavailable.has(`${s.metric}|${s.key}`),
				// funnel rows come from several metrics; a breakdown's rows from one
				key: Array.isArray(t.rows)
					? [s.metric, s.key].filter(Boolean).join(':')
					: s.key === ''
						? 'total'
						: s.key,
				label: rowLabel(s, labels),
				total: s.key === '' && !Array.isArray(t.rows),
				cells: columns.map((c) => cell(s.metric, c.id, s.key))
			}))
			// a category nobody reported in these years is not a row ("not available" is)
			.filter((r) => Array.isArray(t.rows) || r.total || r.na || r.cells.some((c) => c !== null))
			.map(({ na: _, ...r }) => r);
		return {
			id: t.id,
			title: bi(t.titleKey as Parameters<typeof bi>[0]),
			chart: t.chart,
			columns: columns.map((c) => ({
				id: c.id,
				label: yearLabel(c.years),
				total: c.years.length > 1
			})),
			rows
		};
	});
}

function rowLabel(s: RowSpec, labels: StatLabels) {
	if (s.labelKey) return bi(s.labelKey as Parameters<typeof bi>[0]);
	if (s.key === '') return bi('results.total');
	const [dim, cat] = s.key.split('=');
	if (cat === NOT_STATED) return bi('results.not_stated');
	return labels.categories.get(dim)?.find((c) => c.code === cat)?.label ?? { az: cat, en: cat };
}
