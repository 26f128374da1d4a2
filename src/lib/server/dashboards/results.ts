// The results dashboard's tables: exact figures for reviewers and admins, and the protected
// version that donors, the public and focal points get.
//
// Protected figures are computed once per plan over a fixed layout — every year of the plan with
// data and every multi-year range of those years — so that whichever years a reader selects, a
// cell is always hidden or shown the same way. (Were the pattern worked out per selection, two
// selections could hide different partners of the same small count and, put side by side, show
// it.) For the same reason, protected views cannot be filtered by institution.
import { protectTable } from '../disclosure/rule';
import { buildCube, cellId, NOT_STATED, type CellMark, type CubeColumn } from './cube';
import { bi, yearLabel } from './labels';
import { loadResultSpec, type ResultSpec, type RowSpec } from './results-spec';
import { fill } from '../../i18n/locales';
import { unitKey } from '../../stat-units';
import { loadFigures, loadSpanFigures, type FigureSource } from './stat-figures';
import { loadStatLabels, type StatLabels } from '../statistics/labels';
import { loadCrosses } from '../statistics/definitions';
import { crossNames, crossTables, type MetricCrosses } from './results-cross';
import type { CrossDims } from './cube-cross';
import type { DB } from '../db/connect';
import type {
	Bilingual,
	DashCell,
	DashColumn,
	DashRow,
	DashTable,
	SafeCell
} from '../../safe-table';

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

/**
 * A range covers every year from its first to its last, also years without any approved
 * statistics: its figures then show the sum of what is known, marked with the years they lack.
 */
function rangeColumn(years: number[]): CubeColumn {
	const [from, to] = [years[0], years[years.length - 1]];
	return { id: `${from}-${to}`, years: Array.from({ length: to - from + 1 }, (_, i) => from + i) };
}

/** Every year, and every run of consecutive years of the list (for the fixed protected layout). */
export function universeColumns(years: number[]): CubeColumn[] {
	const cols: CubeColumn[] = years.map((y) => ({ id: `${y}`, years: [y] }));
	for (let a = 0; a < years.length; a++)
		for (let b = a + 1; b < years.length; b++) cols.push(rangeColumn(years.slice(a, b + 1)));
	return cols;
}

type CellMap = Map<string, Map<string, SafeCell>>; // metric → cell id → cell
type MarkMap = Map<string, Map<string, CellMark>>; // metric → cell id → mark
/** `metric|key` of rows reported as "not available" somewhere */
type Unavailable = Set<string>;

function metricDims(labels: StatLabels, spec: ResultSpec, crosses: MetricCrosses) {
	return (code: string) =>
		[
			...new Set([
				...spec.metrics.find((m) => m.code === code)!.dims,
				// a cross table's margins are breakdowns of the metric too
				...(crosses.get(code) ?? []).flatMap((x) => [x.row, x.col])
			])
		].map((d) => ({
			code: d,
			categories: (labels.categories.get(d) ?? []).map((c) => c.code)
		}));
}

/** All cells of the results metrics over `columns`, protected or as they are. */
export function resultCells(
	db: DB,
	years: number[],
	columns: CubeColumn[],
	opts: {
		protect: boolean;
		threshold: number;
		institutionIds?: number[];
		/** approved data now (default), as of an instant, or a review snapshot */
		source?: FigureSource;
	}
): {
	cells: CellMap;
	inconsistent: string[];
	labels: StatLabels;
	unavailable: Unavailable;
	marks: MarkMap;
	crosses: MetricCrosses;
	spec: ResultSpec;
} {
	const labels = loadStatLabels(db);
	const spec = loadResultSpec(db);
	const all = loadCrosses(db);
	const crosses: MetricCrosses = crossNames(
		db,
		new Map(spec.metrics.filter((m) => all.has(m.code)).map((m) => [m.code, all.get(m.code)!]))
	);
	const dimsOf = metricDims(labels, spec, crosses);
	const cells: CellMap = new Map();
	const inconsistent: string[] = [];
	const unavailable: Unavailable = new Set();
	const marks: MarkMap = new Map();
	if (years.length === 0) return { cells, inconsistent, labels, unavailable, marks, crosses, spec };
	const filter = {
		metrics: spec.metrics.map((m) => ({ ...m, crosses: crosses.get(m.code) })),
		fromYear: years[0],
		toYear: years[years.length - 1],
		institutionIds: opts.institutionIds,
		source: opts.source
	};
	const figures = loadFigures(db, filter);
	const spans = loadSpanFigures(db, filter);
	for (const m of spec.metrics) {
		const dims = dimsOf(m.code);
		const cross = (crosses.get(m.code) ?? []).map((x): CrossDims => ({
			row: dims.find((d) => d.code === x.row)!,
			col: dims.find((d) => d.code === x.col)!
		}));
		let cube = buildCube(figures.get(m.code)!, dims, columns, spans.get(m.code), cross);
		const sensitive = labels.metrics.get(m.code)?.sensitive ?? true;
		let safe: Map<string, SafeCell>;
		if (!opts.protect) safe = new Map(cube.cells.map((c) => [c.id, { shown: c.value }]));
		else
			try {
				safe = protectTable({ ...cube, sensitive }, opts.threshold);
			} catch (e) {
				if (cross.length === 0) throw e;
				// a cross table so sparse that no pattern protects it (tiny counts tied to shown
				// zeros) is withheld from protected views; the metric's other tables stay as they were
				cube = buildCube(figures.get(m.code)!, dims, columns, spans.get(m.code));
				safe = protectTable({ ...cube, sensitive }, opts.threshold);
				crosses.delete(m.code);
			}
		inconsistent.push(...cube.inconsistent.map((x) => `${m.code}:${x}`));
		for (const k of cube.unavailable) unavailable.add(`${m.code}|${k}`);
		cells.set(m.code, safe);
		// marks name years and kinds of missing figures, never a value: safe beside any cell
		marks.set(m.code, cube.marks);
	}
	return { cells, inconsistent, labels, unavailable, marks, crosses, spec };
}

/** Lays out the tables of a view from its cells. */
export function assembleTables(
	spec: ResultSpec,
	cells: CellMap,
	labels: StatLabels,
	columns: CubeColumn[],
	aim: number | null,
	unavailable: Unavailable = new Set(),
	marks: MarkMap = new Map(),
	crosses: MetricCrosses = new Map()
): DashTable[] {
	const unitOf = (metric: string) => spec.metrics.find((m) => m.code === metric)?.unit ?? 'count';
	const mark = (metric: string, col: string, key: string) =>
		marks.get(metric)?.get(cellId(col, key));
	const cell = (metric: string, col: string, key: string): DashCell => {
		const m = mark(metric, col, key);
		const c = cells.get(metric)?.get(m?.sameAs ?? cellId(col, key)) ?? null;
		const lacks = m?.lacks;
		return c !== null && lacks ? { ...c, lacks } : c;
	};
	const tables: DashTable[] = spec.tables
		.filter((t) => aim === null || t.aim === aim)
		.map((t) => {
			let specs: RowSpec[];
			if (Array.isArray(t.rows)) specs = t.rows;
			else {
				const { metric, dim } = t.rows;
				const cats = (labels.categories.get(dim) ?? []).map((c) => `${dim}=${c.code}`);
				specs = [...cats, `${dim}=${NOT_STATED}`, ''].map((key) => ({ metric, key }));
			}
			// the unit is named once in the title when every row counts the same thing, else per row
			const units = [...new Set(specs.map((s) => unitOf(s.metric)))];
			const rowUnits = units.length > 1;
			const rows: DashRow[] = specs
				.map((s) => ({
					na: unavailable.has(`${s.metric}|${s.key}`),
					// funnel rows come from several metrics; a breakdown's rows from one
					key: Array.isArray(t.rows)
						? [s.metric, s.key].filter(Boolean).join(':')
						: s.key === ''
							? 'total'
							: s.key,
					label: rowUnits ? withUnit(rowLabel(s, labels), unitOf(s.metric)) : rowLabel(s, labels),
					total: s.key === '' && !Array.isArray(t.rows),
					cells: columns.map((c) => cell(s.metric, c.id, s.key)),
					unavailable: columns.map(
						(c) =>
							mark(s.metric, c.id, s.key)?.unavailable === true &&
							!cells.get(s.metric)?.has(cellId(c.id, s.key))
					),
					// left out of a period's breakdown: counted in that period's "not stated"
					notStated: columns.map(
						(c) =>
							mark(s.metric, c.id, s.key)?.notStated === true &&
							!cells.get(s.metric)?.has(cellId(c.id, s.key))
					)
				}))
				// a category nobody reported in these years is not a row ("not available" is)
				.filter((r) => Array.isArray(t.rows) || r.total || r.na || r.cells.some((c) => c !== null))
				.map(({ na: _, unavailable: na, notStated: ns, ...r }) => ({
					...r,
					...(na.some(Boolean) ? { unavailable: na } : {}),
					...(ns.some(Boolean) ? { notStated: ns } : {})
				}));
			const partial = lackNotes(rows, columns);
			return {
				id: t.id,
				title: rowUnits ? t.title : withUnit(t.title, units[0] ?? 'count'),
				...(units.length === 1 ? { measure: units[0] } : {}),
				chart: t.chart,
				metrics: [...new Set(specs.map((s) => s.metric))],
				columns: columns.map((c) => ({
					id: c.id,
					label: yearLabel(c.years),
					total: c.years.length > 1
				})),
				rows,
				...(partial.length ? { notes: partial } : {})
			};
		});
	// each cross table right after the last table of its metric
	const tableMetric = (id: string) => {
		const t = spec.tables.find((x) => x.id === id);
		return t && !Array.isArray(t.rows) ? t.rows.metric : null;
	};
	for (const x of crossTables(spec.tables, cells, labels, columns, aim, marks, crosses)) {
		const at = tables.findLastIndex((t) => tableMetric(t.id) === x.metric);
		const unit = unitOf(x.metric);
		const table = { ...x.table, title: withUnit(x.table.title, unit), measure: unit };
		tables.splice(at < 0 ? tables.length : at + 1, 0, table);
	}
	return tables;
}

/**
 * One note per column and set of lacking years: "2020–2024: sum of the years known, without
 * 2022 (marked *)" — naming the rows only when not every figure of the column lacks them.
 */
function lackNotes(rows: DashRow[], columns: CubeColumn[]): Bilingual[] {
	const notes: Bilingual[] = [];
	columns.forEach((c, i) => {
		const groups = new Map<string, DashRow[]>();
		for (const r of rows) {
			const lacks = r.cells[i]?.lacks;
			if (lacks) groups.set(lacks.join(', '), [...(groups.get(lacks.join(', ')) ?? []), r]);
		}
		const valued = rows.filter((r) => r.cells[i] !== null).length;
		for (const [years, rs] of groups) {
			const col = yearLabel(c.years);
			const text = (l: 'az' | 'en') =>
				lacksText(l, {
					column: col[l],
					years,
					rows: rs.length === valued ? '' : rs.map((r) => r.label[l]).join('; ')
				});
			notes.push({ az: text('az'), en: text('en') });
		}
	});
	return notes;
}

function lacksText(l: 'az' | 'en', p: { column: string; years: string; rows: string }): string {
	return fill(bi(p.rows ? 'dash.lacks_rows' : 'dash.lacks')[l], p);
}

/** "Victims identified, by sex (persons)"; a plain count keeps its label. */
export function withUnit(label: Bilingual, unit: string): Bilingual {
	if (unit === 'count') return label;
	const u = bi(unitKey(unit) as Parameters<typeof bi>[0]);
	const m = bi('results.with_unit');
	return {
		az: fill(m.az, { label: label.az, unit: u.az }),
		en: fill(m.en, { label: label.en, unit: u.en })
	};
}

function rowLabel(s: RowSpec, labels: StatLabels) {
	if (s.label) return s.label;
	if (s.key === '') return bi('results.total');
	const [dim, cat] = s.key.split('=');
	if (cat === NOT_STATED) return bi('results.not_stated');
	return labels.categories.get(dim)?.find((c) => c.code === cat)?.label ?? { az: cat, en: cat };
}
