// Approved statistics summed in SQL: per metric × year × one-dimensional key (and the two-dimensional
// keys of the crosses a metric publishes), across the
// institutions in the filter ('official' metrics: the published institution's figure only). Only approved reports of yearly statistics periods count.
import { sql, type SQL } from 'drizzle-orm';
import type { DB } from '../db/connect';
import { officialSql } from '../statistics/combine';

/** metric → year → key ('' total, 'dim=cat') → value, or null when "not available" */
export type Figures = Map<string, Map<number, Map<string, number | null>>>;

export interface FigureFilter {
	metrics: { code: string; dims: string[]; crosses?: { row: string; col: string }[] }[];
	fromYear: number;
	toYear: number;
	/** institution ids; undefined = all */
	institutionIds?: number[];
	/** where figures come from: approved reports (the default) or a frozen review snapshot */
	source?: FigureSource;
}

/**
 * Approved statistics now (optionally only those approved by `by`), or the figures a review
 * snapshot froze: the results page reads the first, a pack of a snapshot the second, through
 * the same aggregation, so both print the same figure for the same source.
 */
export type FigureSource = { kind: 'approved'; by?: Date } | { kind: 'snapshot'; id: number };

/** A cache key part for a source ('' for approved data now, the results pages' default). */
export function figureSourceKey(s: FigureSource | undefined): string {
	if (!s || s.kind === 'approved') return s?.by ? `by${s.by.getTime()}` : '';
	return `snap${s.id}`;
}

/** One row per approved figure, as `r`: report key, institution, period, key, value, na. */
function figureRows(s: FigureSource | undefined): SQL {
	if (s?.kind === 'snapshot')
		return sql`SELECT s.metric_id, s.institution_id, s.period_id,
			s.institution_id || ':' || s.period_id AS report, s.category_key, s.value, s.not_available
			FROM snapshot_statistic s WHERE s.snapshot_id = ${s.id}`;
	const by = s?.by ? sql`AND sr.reviewed_at <= ${s.by.getTime()}` : sql``;
	return sql`SELECT v.metric_id, sr.institution_id, sr.period_id, sr.id AS report,
			v.category_key, v.value, v.not_available
			FROM stat_value v JOIN stat_report sr ON sr.id = v.report_id
			WHERE sr.state = 'approved' ${by}`;
}

interface Row {
	metric: string;
	/** a year's start date, or a span's id ('2020-2021') */
	period: string;
	end: string;
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
	for (const r of wanted(f, queryFigures(db, f, 'year'))) {
		const byYear = out.get(r.metric)!;
		const year = Number(r.period.slice(0, 4));
		if (!byYear.has(year)) byYear.set(year, new Map());
		byYear.get(year)!.set(r.key, r.na ? null : r.value);
	}
	return out;
}

/** Figures published only for several years together (a statistics period of kind 'span'). */
export interface SpanFigures {
	/** e.g. '2020-2021' */
	id: string;
	years: number[];
	fig: Map<string, number | null>;
}

/**
 * Approved figures of multi-year statistics periods lying inside the filter's years, as
 * published: never split into years. A span's report has no derived total (its parts are what
 * was published for the span only, not the span's whole).
 */
export function loadSpanFigures(db: DB, f: FigureFilter): Map<string, SpanFigures[]> {
	const out = new Map<string, SpanFigures[]>(f.metrics.map((m) => [m.code, []]));
	for (const r of wanted(f, queryFigures(db, f, 'span'))) {
		const list = out.get(r.metric)!;
		let span = list.find((s) => s.id === r.period);
		if (!span) {
			const [from, to] = [Number(r.period.slice(0, 4)), Number(r.end.slice(0, 4))];
			span = {
				id: r.period,
				years: Array.from({ length: to - from + 1 }, (_, i) => from + i),
				fig: new Map()
			};
			list.push(span);
		}
		span.fig.set(r.key, r.na ? null : r.value);
	}
	return out;
}

/** One-dimensional keys, and two-dimensional ones only of a cross the metric publishes. */
function wanted(f: FigureFilter, rows: Row[]): Row[] {
	const crosses = new Map(
		f.metrics.map((m) => [
			m.code,
			new Set((m.crosses ?? []).map((x) => [x.row, x.col].sort().join(';')))
		])
	);
	return rows.filter((r) => {
		if (!r.key.includes(';')) return true;
		const dims = r.key.split(';').map((p) => p.split('=')[0]);
		return dims.length === 2 && crosses.get(r.metric)?.has(dims.sort().join(';')) === true;
	});
}

function queryFigures(db: DB, f: FigureFilter, kind: 'year' | 'span') {
	if (f.metrics.length === 0) return [];
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
	// one fact, one figure: an 'official' metric counts its published institution only — unless a
	// staff reader asked for one institution, who then sees that institution's own figures
	const frozen = f.source?.kind === 'snapshot' ? f.source.id : undefined;
	const official: SQL = f.institutionIds?.length === 1 ? sql`` : sql`AND ${officialSql(frozen)}`;
	return db.all<Row>(sql`
		WITH first_dim(metric, dim) AS (VALUES ${sql.join(firstDims, sql`, `)}),
		base AS (
			SELECT m.code AS metric, p.start_date AS period, p.end_date AS end, r.report AS report,
				r.category_key AS key, r.value AS value, r.not_available AS na
			FROM stat_metric m
			JOIN (${figureRows(f.source)}) r ON r.metric_id = m.id
			JOIN reporting_period p ON p.id = r.period_id
			WHERE m.code IN (SELECT metric FROM first_dim)
				AND p.scope = 'statistics' AND p.kind = ${kind}
				AND p.plan_id IS NULL
				AND length(r.category_key) - length(replace(r.category_key, ';', '')) <= 1
				AND p.start_date >= ${`${f.fromYear}-01-01`} AND p.end_date <= ${`${f.toYear}-12-31`}
				${inst}
				${official}
		),
		derived AS (
			SELECT b.metric, b.period, b.end, b.report, '' AS key, SUM(b.value) AS value, MAX(b.na) AS na
			FROM base b JOIN first_dim d ON d.metric = b.metric AND d.dim <> ''
			WHERE ${kind} = 'year' AND b.key LIKE d.dim || '=%' AND instr(b.key, ';') = 0
				AND NOT EXISTS (SELECT 1 FROM base t WHERE t.report = b.report AND t.metric = b.metric AND t.key = '')
			GROUP BY b.metric, b.period, b.report
		)
		SELECT metric, CASE WHEN ${kind} = 'span' THEN substr(period, 1, 4) || '-' || substr(end, 1, 4) ELSE period END AS period,
			end, key, SUM(value) AS value, MAX(na) AS na
		FROM (SELECT * FROM base UNION ALL SELECT * FROM derived)
		GROUP BY metric, period, end, key
	`);
}

/** When the newest approved statistic was approved: the "data as of" date of a results view. */
export function statisticsAsOf(db: DB): Date | null {
	const row = db.get<{ at: number | null }>(
		sql`SELECT MAX(reviewed_at) AS at FROM stat_report WHERE state = 'approved'`
	);
	return row?.at ? new Date(row.at) : null;
}

/** Years with approved yearly statistics (of the source), oldest first. */
export function statisticsYears(db: DB, source?: FigureSource): number[] {
	const reports = source
		? sql`(${figureRows(source)})`
		: sql`(SELECT period_id FROM stat_report WHERE state = 'approved')`;
	return db
		.all<{ y: number }>(
			sql`
			SELECT DISTINCT CAST(substr(p.start_date, 1, 4) AS INTEGER) AS y
			FROM ${reports} r JOIN reporting_period p ON p.id = r.period_id
			WHERE p.scope = 'statistics' AND p.kind = 'year'
			ORDER BY y`
		)
		.map((r) => r.y);
}
