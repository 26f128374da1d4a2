// The sources and notes of the figures a pack table shows, listed under the table. They are read
// per metric and year — the figures of the table's metrics in the table's years, from the pack's
// source (approved by its instant, or the snapshot's frozen copy), of the institutions whose
// figures the results view counts (an 'official' metric's published institution) — never per
// cell, so a list says nothing about which cell a donor table hides. What the disclosure module
// says of free texts beside protected figures still applies (sourceTextForDonors).
import { sql, type SQL } from 'drizzle-orm';
import type { DB } from '../../db/connect';
import { officialSql } from '../../statistics/combine';
import type { FigureSource } from '../../dashboards/stat-figures';
import type { DashTable } from '../../../safe-table';

export interface TextPair {
	az: string | null;
	en: string | null;
}

export interface TableTexts {
	sources: TextPair[];
	notes: TextPair[];
}

function rows(s: FigureSource): SQL {
	if (s.kind === 'snapshot')
		return sql`SELECT s.metric_id, s.institution_id, s.period_id, s.source_az, s.source_en,
			s.note_az, s.note_en FROM snapshot_statistic s WHERE s.snapshot_id = ${s.id}`;
	const by = s.by ? sql`AND sr.reviewed_at <= ${s.by.getTime()}` : sql``;
	return sql`SELECT v.metric_id, sr.institution_id, sr.period_id, v.source_az, v.source_en,
			v.note_az, v.note_en
			FROM stat_value v JOIN stat_report sr ON sr.id = v.report_id
			WHERE sr.state = 'approved' ${by}`;
}

/** The years a table's columns cover ('2020', '2020-2024'). */
export function tableYears(t: DashTable): number[] {
	const years = new Set<number>();
	for (const c of t.columns) {
		const [from, to = from] = c.id.split('-').map(Number);
		for (let y = from; y <= to; y++) if (Number.isFinite(y)) years.add(y);
	}
	return [...years].sort();
}

/** Distinct sources and notes of each table (keyed by table id), in a stable order. */
export function tableTexts(
	db: DB,
	tables: DashTable[],
	o: { source: FigureSource; institutionIds?: number[] }
): Record<string, TableTexts> {
	const out: Record<string, TableTexts> = {};
	for (const t of tables) {
		const metrics = t.metrics ?? [];
		const years = tableYears(t);
		if (metrics.length === 0 || years.length === 0) {
			out[t.id] = { sources: [], notes: [] };
			continue;
		}
		const inst: SQL = o.institutionIds
			? sql`AND r.institution_id IN (${sql.join(
					o.institutionIds.map((i) => sql`${i}`),
					sql`, `
				)})`
			: sql``;
		// as the results view counts: one institution's own figures, else the official ones
		// (a snapshot by the rules it froze)
		const frozen = o.source.kind === 'snapshot' ? o.source.id : undefined;
		const official = o.institutionIds?.length === 1 ? sql`` : sql`AND ${officialSql(frozen)}`;
		const found = db.all<{
			source_az: string | null;
			source_en: string | null;
			note_az: string | null;
			note_en: string | null;
		}>(sql`
			SELECT DISTINCT r.source_az, r.source_en, r.note_az, r.note_en
			FROM (${rows(o.source)}) r
			JOIN stat_metric m ON m.id = r.metric_id
			JOIN reporting_period p ON p.id = r.period_id
			WHERE m.code IN (${sql.join(
				metrics.map((c) => sql`${c}`),
				sql`, `
			)})
				AND p.scope = 'statistics' AND p.plan_id IS NULL
				AND p.start_date >= ${`${years[0]}-01-01`} AND p.end_date <= ${`${years.at(-1)}-12-31`}
				${inst}
				${official}
		`);
		const distinct = (pairs: TextPair[]) => {
			const seen = new Map<string, TextPair>();
			for (const x of pairs)
				if (x.az !== null || x.en !== null) seen.set(JSON.stringify([x.az, x.en]), x);
			return [...seen.values()].sort((a, b) =>
				(a.en ?? a.az ?? '').localeCompare(b.en ?? b.az ?? '')
			);
		};
		out[t.id] = {
			sources: distinct(found.map((r) => ({ az: r.source_az, en: r.source_en }))),
			notes: distinct(found.map((r) => ({ az: r.note_az, en: r.note_en })))
		};
	}
	return out;
}
