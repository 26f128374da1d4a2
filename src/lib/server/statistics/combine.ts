// One published figure per fact. A metric either adds its institutions' figures up ('sum': distinct
// populations, such as each shelter's clients) or publishes one official institution's figure
// ('official': the same fact seen by several bodies, such as criminal cases by MIA and by PGO).
// A reviewer may publish another institution's figure for one period, with a reason. Neither
// choice changes a stored figure; both are audited. Every output (results, donor view, exports,
// snapshots, compare, packs) reads figures through `officialRows` or `officialSql`.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import {
	institution,
	reportingPeriod,
	statMetric,
	statMetricInstitution,
	statOfficialChoice,
	snapshotCombine,
	type StatCombineMode
} from '../db/schema';
import { writeAudit, type Actor } from '../audit';
import type { DB } from '../db/connect';

export interface CombineRules {
	/** metric id → the institution whose figure is published by default (absent = sum) */
	official: Map<number, number | null>;
	/** `metricId|periodId` → the institution a reviewer chose for that period */
	choices: Map<string, number>;
}

export function loadCombineRules(db: Pick<DB, 'select'>): CombineRules {
	const official = new Map<number, number | null>();
	for (const m of db.select().from(statMetric).all())
		if (m.combine === 'official') official.set(m.id, m.officialInstitutionId);
	const choices = new Map<string, number>();
	for (const c of db.select().from(statOfficialChoice).all())
		choices.set(`${c.metricId}|${c.periodId}`, c.institutionId);
	return { official, choices };
}

/**
 * Rows that freeze the rules in force into a review snapshot: a later choice of another
 * institution's figure must not change what the snapshot publishes.
 */
export function combineRulesRows(rules: CombineRules) {
	return [
		...[...rules.official].map(([metricId, institutionId]) => ({
			metricId,
			periodId: null,
			institutionId
		})),
		...[...rules.choices].map(([k, institutionId]) => {
			const [metricId, periodId] = k.split('|').map(Number);
			return { metricId, periodId, institutionId };
		})
	];
}

/** The rules a snapshot froze (see combineRulesRows). */
export function loadFrozenCombineRules(db: Pick<DB, 'select'>, snapshotId: number): CombineRules {
	const official = new Map<number, number | null>();
	const choices = new Map<string, number>();
	for (const r of db
		.select()
		.from(snapshotCombine)
		.where(eq(snapshotCombine.snapshotId, snapshotId))
		.all()) {
		if (r.periodId === null) official.set(r.metricId, r.institutionId);
		else if (r.institutionId !== null) choices.set(`${r.metricId}|${r.periodId}`, r.institutionId);
	}
	return { official, choices };
}

/**
 * The institution whose figure is published for a metric in a period: null = every institution's
 * figure adds up (sum); a number = only that one counts (official).
 */
export function publishedInstitution(
	rules: CombineRules,
	metricId: number,
	periodId: number
): number | null | undefined {
	if (!rules.official.has(metricId)) return null;
	return rules.choices.get(`${metricId}|${periodId}`) ?? rules.official.get(metricId) ?? undefined;
}

/** Keeps, of every 'official' metric, only the published institution's rows. */
export function officialRows<
	T extends { metricId: number; institutionId: number; periodId: number }
>(rules: CombineRules, rows: T[]): T[] {
	return rows.filter((r) => {
		const inst = publishedInstitution(rules, r.metricId, r.periodId);
		return inst === null || inst === r.institutionId;
	});
}

/**
 * The same rule as a SQL condition over a stat_metric `m`, a stat_report `r` and a
 * reporting_period `p` of the query it is put in — today's rules, or those a snapshot froze.
 */
export function officialSql(snapshotId?: number): SQL {
	// a snapshot publishes by the rules it froze (snapshot_combine), not by today's
	if (snapshotId !== undefined)
		return sql`(NOT EXISTS (SELECT 1 FROM snapshot_combine sc WHERE sc.snapshot_id = ${snapshotId}
			AND sc.metric_id = m.id AND sc.period_id IS NULL) OR r.institution_id = COALESCE(
		(SELECT sc.institution_id FROM snapshot_combine sc WHERE sc.snapshot_id = ${snapshotId}
			AND sc.metric_id = m.id AND sc.period_id = p.id),
		(SELECT sc.institution_id FROM snapshot_combine sc WHERE sc.snapshot_id = ${snapshotId}
			AND sc.metric_id = m.id AND sc.period_id IS NULL)))`;
	return sql`(m.combine <> 'official' OR r.institution_id = COALESCE(
		(SELECT oc.institution_id FROM stat_official_choice oc WHERE oc.metric_id = m.id AND oc.period_id = p.id),
		m.official_institution_id))`;
}

export type CombineResult = { ok: true } | { ok: false; errors: Record<string, string> };

const reports = (db: DB, metricId: number, institutionId: number) =>
	db
		.select()
		.from(statMetricInstitution)
		.where(
			and(
				eq(statMetricInstitution.metricId, metricId),
				eq(statMetricInstitution.institutionId, institutionId)
			)
		)
		.get() !== undefined;

/** Admin: how a metric combines. Stored figures stay as they are; the change is audited. */
export function setCombineMode(
	db: DB,
	actor: Actor,
	metricId: number,
	input: { combine: StatCombineMode; officialInstitutionId: number | null },
	now: Date
): CombineResult {
	const before = db.select().from(statMetric).where(eq(statMetric.id, metricId)).get();
	if (!before) return { ok: false, errors: { form: 'stat.error.not_found' } };
	const official = input.combine === 'official' ? input.officialInstitutionId : null;
	if (input.combine === 'official' && (official === null || !reports(db, metricId, official)))
		return { ok: false, errors: { officialInstitutionId: 'stat.combine.official_required' } };
	db.transaction((tx) => {
		tx.update(statMetric)
			.set({ combine: input.combine, officialInstitutionId: official })
			.where(eq(statMetric.id, metricId))
			.run();
		writeAudit(
			tx,
			actor,
			{
				entity: 'stat_metric',
				entityId: metricId,
				operation: 'combine',
				before: { combine: before.combine, officialInstitutionId: before.officialInstitutionId },
				after: { combine: input.combine, officialInstitutionId: official }
			},
			now
		);
	});
	return { ok: true };
}

/**
 * Reviewer: publish another institution's figure of an 'official' metric for one period, with a
 * reason; `institutionId` null goes back to the metric's official institution.
 */
export function chooseOfficialFigure(
	db: DB,
	actor: Actor,
	input: { metricId: number; periodId: number; institutionId: number | null; reason: string },
	now: Date
): CombineResult {
	const m = db.select().from(statMetric).where(eq(statMetric.id, input.metricId)).get();
	if (!m) return { ok: false, errors: { form: 'stat.error.not_found' } };
	if (m.combine !== 'official') return { ok: false, errors: { form: 'stat.combine.not_official' } };
	const period = db
		.select()
		.from(reportingPeriod)
		.where(eq(reportingPeriod.id, input.periodId))
		.get();
	if (!period || period.scope !== 'statistics')
		return { ok: false, errors: { form: 'stat.error.not_found' } };
	const reason = input.reason.trim();
	if (reason === '') return { ok: false, errors: { reason: 'stat.combine.reason_required' } };
	if (input.institutionId !== null) {
		const inst = db.select().from(institution).where(eq(institution.id, input.institutionId)).get();
		if (!inst || !reports(db, m.id, inst.id))
			return { ok: false, errors: { institutionId: 'stat.combine.official_required' } };
	}
	const where = and(
		eq(statOfficialChoice.metricId, m.id),
		eq(statOfficialChoice.periodId, period.id)
	);
	db.transaction((tx) => {
		const before = tx.select().from(statOfficialChoice).where(where).get();
		tx.delete(statOfficialChoice).where(where).run();
		if (input.institutionId !== null)
			tx.insert(statOfficialChoice)
				.values({
					metricId: m.id,
					periodId: period.id,
					institutionId: input.institutionId,
					reason,
					chosenBy: actor.id,
					chosenAt: now
				})
				.run();
		writeAudit(
			tx,
			actor,
			{
				entity: 'stat_official_choice',
				entityId: `${m.id}:${period.id}`,
				operation: 'choose',
				before: before
					? { institutionId: before.institutionId, reason: before.reason }
					: { institutionId: m.officialInstitutionId },
				after: { institutionId: input.institutionId ?? m.officialInstitutionId, reason }
			},
			now
		);
	});
	return { ok: true };
}

export interface SameFact {
	metricId: number;
	metric: string;
	officialInstitutionId: number | null;
	institutions: { id: number; code: string }[];
}

/**
 * Facts several institutions report: every 'official' metric with more than one reporting
 * institution. Admins edit this as data (a metric's combine mode and its institutions); a metric
 * that adds distinct populations up is never compared.
 */
export function sameFacts(db: DB): SameFact[] {
	const rows = db
		.select({
			metricId: statMetric.id,
			metric: statMetric.code,
			official: statMetric.officialInstitutionId,
			sort: statMetric.sortOrder,
			institutionId: institution.id,
			code: institution.code
		})
		.from(statMetric)
		.innerJoin(statMetricInstitution, eq(statMetricInstitution.metricId, statMetric.id))
		.innerJoin(institution, eq(institution.id, statMetricInstitution.institutionId))
		.where(eq(statMetric.combine, 'official'))
		.orderBy(statMetric.sortOrder, statMetric.id, institution.code)
		.all();
	const out = new Map<number, SameFact>();
	for (const r of rows) {
		const f = out.get(r.metricId) ?? {
			metricId: r.metricId,
			metric: r.metric,
			officialInstitutionId: r.official,
			institutions: []
		};
		f.institutions.push({ id: r.institutionId, code: r.code });
		out.set(r.metricId, f);
	}
	return [...out.values()].filter((f) => f.institutions.length > 1);
}

/** A reviewer's choice for one metric and period, if any. */
export function officialChoice(db: DB, metricId: number, periodId: number) {
	return (
		db
			.select()
			.from(statOfficialChoice)
			.where(
				and(eq(statOfficialChoice.metricId, metricId), eq(statOfficialChoice.periodId, periodId))
			)
			.get() ?? null
	);
}

/** How a metric combines, for its admin page. */
export function combineOf(db: DB, metricId: number) {
	const m = db.select().from(statMetric).where(eq(statMetric.id, metricId)).get();
	return m ? { combine: m.combine, officialInstitutionId: m.officialInstitutionId } : null;
}
