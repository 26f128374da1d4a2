// Cross-classifications on the results page, the donor view and their files: a two-way table
// (rows × columns of two dimensions, e.g. form of exploitation × country of exploitation) for the
// selected years, with a "not stated" row and column where the margins exceed the inner cells and
// the margins themselves as the total row and column. Its cells are cells of the metric's cube,
// protected there together with the metric's other tables (see cube-cross.ts).
import { statDimension } from '../db/schema';
import { cellId, type CellMark, type CubeColumn } from './cube';
import { crossKey, NS } from './cube-cross';
import { bi, yearLabel } from './labels';
import { lower } from '../../text';
import { fill } from '../../i18n/locales';
import type { TableSpec } from './results-spec';
import type { DB } from '../db/connect';
import type { StatLabels } from '../statistics/labels';
import type { Bilingual, DashCell, DashRow, DashTable, SafeCell } from '../../safe-table';

export interface ResultCross {
	row: string;
	col: string;
	rowName: Bilingual;
	colName: Bilingual;
}

/** metric code → the crosses it publishes */
export type MetricCrosses = Map<string, ResultCross[]>;

export function crossNames(
	db: DB,
	crosses: Map<string, { row: string; col: string }[]>
): MetricCrosses {
	const dims = new Map(
		db
			.select()
			.from(statDimension)
			.all()
			.map((d) => [d.code, { az: d.nameAz, en: d.nameEn }])
	);
	const name = (code: string): Bilingual => dims.get(code) ?? { az: code, en: code };
	return new Map(
		[...crosses].map(([m, xs]) => [
			m,
			xs.map((x) => ({ ...x, rowName: name(x.row), colName: name(x.col) }))
		])
	);
}

export function crossTables(
	tables: TableSpec[],
	cells: Map<string, Map<string, SafeCell>>,
	labels: StatLabels,
	columns: CubeColumn[],
	aim: number | null,
	marks: Map<string, Map<string, CellMark>>,
	crosses: MetricCrosses
): { metric: string; table: DashTable }[] {
	const col = columns[columns.length - 1];
	if (!col) return [];
	const out: { metric: string; table: DashTable }[] = [];
	for (const [metric, xs] of crosses) {
		const tableAim = tables.find((t) => !Array.isArray(t.rows) && t.rows.metric === metric)?.aim;
		if (aim !== null && tableAim !== aim) continue;
		const metricName = labels.metrics.get(metric) ?? { az: metric, en: metric };
		for (const x of xs) {
			const table = crossTable(metric, x, col, labels, metricName, cells, marks);
			if (table) out.push({ metric, table });
		}
	}
	return out;
}

function crossTable(
	metric: string,
	x: ResultCross,
	col: CubeColumn,
	labels: StatLabels,
	metricName: Bilingual,
	cells: Map<string, Map<string, SafeCell>>,
	marks: Map<string, Map<string, CellMark>>
): DashTable | null {
	const dims = {
		row: { code: x.row, categories: [] as string[] },
		col: { code: x.col, categories: [] as string[] }
	};
	const cats = (dim: string) => labels.categories.get(dim) ?? [];
	const TOTAL = '';
	// the cell key at row r × column c ('' = the margin, NS = not stated)
	const key = (r: string, c: string) =>
		r === TOTAL && c === TOTAL
			? ''
			: r === TOTAL
				? `${x.col}=${c}`
				: c === TOTAL
					? `${x.row}=${r}`
					: crossKey(dims, r, c);
	const lookup = (k: string) => {
		const m = marks.get(metric)?.get(cellId(col.id, k));
		const c: DashCell = cells.get(metric)?.get(m?.sameAs ?? cellId(col.id, k)) ?? null;
		return { cell: c !== null && m?.lacks ? { ...c, lacks: m.lacks } : c, mark: m };
	};
	const rowCats = [...cats(x.row).map((c) => c.code), NS, TOTAL];
	const colCats = [...cats(x.col).map((c) => c.code), NS, TOTAL];
	const inner = cats(x.row).some((r) =>
		cats(x.col).some((c) => lookup(key(r.code, c.code)).cell !== null)
	);
	if (!inner) return null; // no cross table published for these years
	const has = (r: string, c: string) => lookup(key(r, c)).cell !== null;
	const rows = rowCats.filter((r) => r === TOTAL || colCats.some((c) => has(r, c)));
	const cols = colCats.filter((c) => c === TOTAL || rowCats.some((r) => has(r, c)));
	const catLabel = (dim: string, code: string): Bilingual =>
		code === TOTAL
			? bi('results.total')
			: code === NS
				? bi('results.not_stated')
				: (cats(dim).find((c) => c.code === code)?.label ?? { az: code, en: code });
	const dashRows: DashRow[] = rows.map((r) => {
		const found = cols.map((c) => lookup(key(r, c)));
		const unavailable = found.map((f) => f.cell === null && f.mark?.unavailable === true);
		const notStated = found.map((f) => f.cell === null && f.mark?.notStated === true);
		return {
			key: r === TOTAL ? 'total' : `${x.row}=${r}`,
			label: catLabel(x.row, r),
			...(r === TOTAL ? { total: true } : {}),
			cells: found.map((f) => f.cell),
			...(unavailable.some(Boolean) ? { unavailable } : {}),
			...(notStated.some(Boolean) ? { notStated } : {})
		};
	});
	const period = yearLabel(col.years);
	const title = (l: 'az' | 'en') =>
		fill(bi('results.t.cross')[l], {
			metric: metricName[l],
			row: lower(x.rowName[l], l),
			col: lower(x.colName[l], l),
			years: period[l]
		});
	// figures marked * are sums of the years known (as in the other tables)
	const lacking = [
		...new Set(dashRows.flatMap((r) => r.cells.map((c) => c?.lacks?.join(', ') ?? '')))
	].filter(Boolean);
	const notes = lacking.map((years) => {
		const text = (l: 'az' | 'en') => fill(bi('dash.lacks')[l], { column: period[l], years });
		return { az: text('az'), en: text('en') };
	});
	return {
		id: `cross-${metric}-${x.row}-${x.col}`,
		...(notes.length ? { notes } : {}),
		title: { az: title('az'), en: title('en') },
		chart: 'stacked',
		columns: cols.map((c) => ({
			id: c === TOTAL ? 'total' : c,
			label: catLabel(x.col, c),
			...(c === TOTAL ? { total: true } : {})
		})),
		rows: dashRows
	};
}
