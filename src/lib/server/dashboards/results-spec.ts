// What the results dashboard and the donor view show: the published result tables (data, see
// result_table/result_row in the schema; seeded by seed/statistics/result-tables.ts, edited by
// admins on /admin/metrics). Each metric is aggregated over the one-dimensional breakdowns its
// tables use; the tables pick rows from those aggregates, so a figure that appears in two tables
// (the funnel's "convicted" and the sentence table's total) is one cell, suppressed once.
import { asc } from 'drizzle-orm';
import { resultRow, resultTable, statDimension, statMetric, type ResultChart } from '../db/schema';
import { bi } from './labels';
import { fill } from '../../i18n/locales';
import { lower } from '../../text';
import type { DB } from '../db/connect';
import type { Bilingual } from '../../safe-table';

export interface MetricSpec {
	code: string;
	/** dimensions whose breakdowns are shown (each one-dimensional) */
	dims: string[];
	unit: string;
}

/** A row of a results table: a metric's total, or one category of one of its breakdowns. */
export interface RowSpec {
	metric: string;
	/** `dim=cat`, '' for the total, or `dim=?` for the part not broken down ("not stated") */
	key: string;
	/** a name given by the table rather than by the category */
	label?: Bilingual;
}

export type ChartKind = ResultChart;

export interface TableSpec {
	id: string;
	title: Bilingual;
	chart: ChartKind;
	/** the aim (plan section, by position) a table belongs to, for the aim filter */
	aim: number;
	/** rows: explicit, or a metric's breakdown by one dimension (its categories, not stated, total) */
	rows: RowSpec[] | { metric: string; dim: string };
}

export interface ResultSpec {
	metrics: MetricSpec[];
	tables: TableSpec[];
}

const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/** The published tables in their order (aim, then order), and the metrics they need. */
export function loadResultSpec(db: DB, opts: { unpublished?: boolean } = {}): ResultSpec {
	// result rows and tables name metrics and dimensions by id
	const metrics = byId(db.select().from(statMetric).all());
	const dims = byId(db.select().from(statDimension).all());
	const rows = db
		.select()
		.from(resultRow)
		.orderBy(asc(resultRow.sortOrder), asc(resultRow.id))
		.all();
	const tables = db
		.select()
		.from(resultTable)
		.orderBy(asc(resultTable.aim), asc(resultTable.sortOrder), asc(resultTable.id))
		.all()
		.filter((t) => t.published || opts.unpublished);
	const used = new Map<string, MetricSpec>();
	const use = (metricId: number, dim?: string) => {
		const m = metrics.get(metricId)!;
		const spec = used.get(m.code) ?? { code: m.code, dims: [], unit: m.unit };
		if (dim && !spec.dims.includes(dim)) spec.dims.push(dim);
		used.set(m.code, spec);
		return m;
	};
	const specs: TableSpec[] = [];
	for (const t of tables) {
		const base = { id: t.code, chart: t.chart, aim: t.aim };
		if (t.metricId !== null) {
			const m = use(t.metricId, t.dimensionId ? dims.get(t.dimensionId)?.code : undefined);
			const dim = t.dimensionId ? dims.get(t.dimensionId) : undefined;
			const name = { az: m.nameAz, en: m.nameEn };
			const title = titleOf(t, dim ? byDimension(name, { az: dim.nameAz, en: dim.nameEn }) : name);
			specs.push(
				dim
					? { ...base, title, rows: { metric: m.code, dim: dim.code } }
					: { ...base, title, rows: [{ metric: m.code, key: '', label: name }] }
			);
			continue;
		}
		const own = rows.filter((r) => r.tableId === t.id && metrics.has(r.metricId));
		if (own.length === 0) continue;
		specs.push({
			...base,
			title: titleOf(t, { az: t.code, en: t.code }),
			rows: own.map((r) => {
				const dim = r.categoryKey.split('=')[0];
				const m = use(r.metricId, r.categoryKey ? dim : undefined);
				return {
					metric: m.code,
					key: r.categoryKey,
					label:
						r.labelAz && r.labelEn
							? { az: r.labelAz, en: r.labelEn }
							: r.categoryKey === ''
								? { az: m.nameAz, en: m.nameEn }
								: undefined
				};
			})
		});
	}
	return { metrics: [...used.values()], tables: specs };
}

function titleOf(t: { titleAz: string | null; titleEn: string | null }, fallback: Bilingual) {
	return t.titleAz && t.titleEn ? { az: t.titleAz, en: t.titleEn } : fallback;
}

/** "Victims identified, by sex" (the default title of a breakdown table) */
function byDimension(metric: Bilingual, dim: Bilingual): Bilingual {
	const m = bi('results.by_dimension');
	const text = (l: 'az' | 'en') => fill(m[l], { metric: metric[l], dimension: lower(dim[l], l) });
	return { az: text('az'), en: text('en') };
}
