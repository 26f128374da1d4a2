// Approved statistics summed in SQL: per metric × year × one-dimensional key, across the
// institutions in the filter. Only approved reports of yearly statistics periods count.
import { sql, type SQL } from 'drizzle-orm';
import type { DB } from '../db/connect';

/** metric → year → key ('' total, 'dim=cat') → value, or null when "not available" */
export type Figures = Map<string, Map<number, Map<string, number | null>>>;

export interface FigureFilter {
	metrics: { code: string; dims: string[] }[];
	fromYear: number;
	toYear: number;
	/** institution ids; undefined = all */
	institutionIds?: number[];
}

interface Row {
	metric: string;
	year: number;
	key: string;
	value: number | null;
	na: number;
}

/**
 * A report without a total cell ('' key) contributes the sum of its first breakdown (e.g. crimes
 * are reported by article only). A figure any contributing institution marked "not available"
 * is not available in the sum either: a partial sum would read as the whole.
 */
export function loadFigures(db: DB, f: FigureFilter): Figures {
	const out: Figures = new Map(f.metrics.map((m) => [m.code, new Map()]));
	if (f.metrics.length === 0) return out;
	const firstDims = f.metrics.map((m) => sql`(${m.code}, ${m.dims[0] ?? ''})`);
	const inst: SQL =
		f.institutionIds === undefined
			? sql``
			: f.institutionIds.length === 0
				? sql`AND 0`
				: sql`AND r.institution_id IN (${sql.join(
						f.institutionIds.map((i) => sql`${i}`),
						sql`, `
					)})`;
	const rows = db.all<Row>(sql`
		WITH first_dim(metric, dim) AS (VALUES ${sql.join(firstDims, sql`, `)}),
		base AS (
			SELECT m.code AS metric, CAST(substr(p.start_date, 1, 4) AS INTEGER) AS year, r.id AS report,
				v.category_key AS key, v.value AS value, v.not_available AS na
			FROM stat_metric m
			JOIN stat_value v ON v.metric_id = m.id
			JOIN stat_report r ON r.id = v.report_id
			JOIN reporting_period p ON p.id = r.period_id
			WHERE m.code IN (SELECT metric FROM first_dim)
				AND r.state = 'approved' AND p.scope = 'statistics' AND p.kind = 'year'
				AND instr(v.category_key, ';') = 0
				AND p.start_date >= ${`${f.fromYear}-01-01`} AND p.start_date <= ${`${f.toYear}-12-31`}
				${inst}
		),
		derived AS (
			SELECT b.metric, b.year, b.report, '' AS key, SUM(b.value) AS value, MAX(b.na) AS na
			FROM base b JOIN first_dim d ON d.metric = b.metric AND d.dim <> ''
			WHERE b.key LIKE d.dim || '=%'
				AND NOT EXISTS (SELECT 1 FROM base t WHERE t.report = b.report AND t.metric = b.metric AND t.key = '')
			GROUP BY b.metric, b.year, b.report
		)
		SELECT metric, year, key, SUM(value) AS value, MAX(na) AS na
		FROM (SELECT * FROM base UNION ALL SELECT * FROM derived)
		GROUP BY metric, year, key
	`);
	for (const r of rows) {
		const byYear = out.get(r.metric)!;
		if (!byYear.has(r.year)) byYear.set(r.year, new Map());
		byYear.get(r.year)!.set(r.key, r.na ? null : r.value);
	}
	return out;
}

/** When the newest approved statistic was approved: the "data as of" date of a results view. */
export function statisticsAsOf(db: DB): Date | null {
	const row = db.get<{ at: number | null }>(
		sql`SELECT MAX(reviewed_at) AS at FROM stat_report WHERE state = 'approved'`
	);
	return row?.at ? new Date(row.at) : null;
}

/** Years with approved yearly statistics, oldest first. */
export function statisticsYears(db: DB): number[] {
	return db
		.all<{ y: number }>(
			sql`
			SELECT DISTINCT CAST(substr(p.start_date, 1, 4) AS INTEGER) AS y
			FROM stat_report r JOIN reporting_period p ON p.id = r.period_id
			WHERE r.state = 'approved' AND p.scope = 'statistics' AND p.kind = 'year'
			ORDER BY y`
		)
		.map((r) => r.y);
}
