// Where review data comes from: the live tables (approved rows up to an instant) or a frozen
// review snapshot. Both return the same shapes, so the comparison (`?before=ID&after=now`), the
// snapshot page and the round-table pack read either one the same way, and `sourceLabel` says
// which one they show. The dashboards do not read snapshots: they query approved data as of a
// reporting period themselves (src/lib/server/dashboards/).
import { and, asc, desc, eq, getTableColumns, inArray, isNull, lte, or } from 'drizzle-orm';
import {
	action,
	reportingPeriod,
	progressReport,
	reviewSnapshot,
	snapshotProgress,
	snapshotStatistic,
	statReport,
	statValue
} from '../db/schema';
import type { DB } from '../db/connect';
import { snapshotName } from '../../snapshot-name';
import { parseId } from '../../ids';
import { bakuDay } from '../../dates';
import { loadCombineRules, loadFrozenCombineRules, type CombineRules } from '../statistics/combine';

/** Anything that can run a select: the database or a transaction. */
export type Reader = Pick<DB, 'select'>;

export type ReviewSnapshot = typeof reviewSnapshot.$inferSelect;

export type Source =
	| { kind: 'live'; planId: number; at: Date }
	| { kind: 'snapshot'; planId: number; snapshot: ReviewSnapshot };

// A snapshot freezes the rows live data gives, so the rows are the frozen tables' without their
// snapshot id (see snapshot_progress and snapshot_statistic in db/schema.ts).
const { snapshotId: _p, ...frozenProgress } = getTableColumns(snapshotProgress);
const { snapshotId: _s, ...frozenStatistic } = getTableColumns(snapshotStatistic);

/** One action × institution: its latest approved report (the latest period approved in time). */
export type ProgressRow = Omit<typeof snapshotProgress.$inferSelect, 'snapshotId'>;

/** One approved figure: metric × institution × period × category, with its source and note. */
export type StatisticRow = Omit<typeof snapshotStatistic.$inferSelect, 'snapshotId'>;

export function liveSource(planId: number, at: Date): Source {
	return { kind: 'live', planId, at };
}

export function getSnapshot(db: DB, id: number): ReviewSnapshot | null {
	return db.select().from(reviewSnapshot).where(eq(reviewSnapshot.id, id)).get() ?? null;
}

/**
 * `?snapshot=` → a source: a snapshot id, or nothing / "now" for live data. Returns null for an
 * unknown or malformed id, so the route can answer 404 instead of silently showing live data.
 */
export function resolveSource(
	db: DB,
	param: string | null,
	planId: number,
	now: Date
): Source | null {
	if (param === null || param === '' || param === 'now') return liveSource(planId, now);
	const id = parseId(param);
	const snapshot = id === null ? null : getSnapshot(db, id);
	return snapshot ? { kind: 'snapshot', planId: snapshot.planId, snapshot } : null;
}

/** The as-of date of a source (Baku calendar date). */
export function sourceDate(source: Source): string {
	return source.kind === 'snapshot' ? source.snapshot.asOf : bakuDay(source.at);
}

/** Message key + params that say what a chart or export shows. */
export function sourceLabel(
	source: Source,
	locale: 'az' | 'en' = 'en'
): { key: string; params: Record<string, string> } {
	return source.kind === 'snapshot'
		? {
				key: 'reviews.source_snapshot',
				params: { name: snapshotName(source.snapshot, locale), date: source.snapshot.asOf }
			}
		: { key: 'reviews.source_live', params: { date: sourceDate(source) } };
}

export function progressRows(db: DB, source: Source): ProgressRow[] {
	if (source.kind === 'snapshot') {
		return db
			.select(frozenProgress)
			.from(snapshotProgress)
			.where(eq(snapshotProgress.snapshotId, source.snapshot.id))
			.orderBy(asc(snapshotProgress.actionId), asc(snapshotProgress.institutionId))
			.all();
	}
	return approvedProgressAsOf(db, source.planId, source.at);
}

/** Live: for each action × institution, the approved report of the latest period, approved by `cutoff`. */
export function approvedProgressAsOf(db: Reader, planId: number, cutoff: Date): ProgressRow[] {
	const rows = db
		.select({ r: progressReport, endDate: reportingPeriod.endDate })
		.from(progressReport)
		.innerJoin(action, eq(action.id, progressReport.actionId))
		.innerJoin(reportingPeriod, eq(reportingPeriod.id, progressReport.periodId))
		.where(
			and(
				eq(action.planId, planId),
				eq(progressReport.state, 'approved'),
				lte(progressReport.reviewedAt, cutoff)
			)
		)
		.orderBy(
			asc(progressReport.actionId),
			asc(progressReport.institutionId),
			desc(reportingPeriod.endDate),
			desc(reportingPeriod.id)
		)
		.all();
	const out: ProgressRow[] = [];
	let lastKey = '';
	for (const { r } of rows) {
		const key = `${r.actionId}:${r.institutionId}`;
		if (key === lastKey) continue; // rows are ordered latest period first
		lastKey = key;
		out.push({
			reportId: r.id,
			actionId: r.actionId,
			institutionId: r.institutionId,
			periodId: r.periodId,
			status: r.status,
			percent: r.percent,
			doneAz: r.doneAz,
			doneEn: r.doneEn,
			obstaclesAz: r.obstaclesAz,
			obstaclesEn: r.obstaclesEn,
			nextStepsAz: r.nextStepsAz,
			nextStepsEn: r.nextStepsEn,
			approvedAt: r.reviewedAt
		});
	}
	return out;
}

export function statisticRows(db: DB, source: Source): StatisticRow[] {
	if (source.kind === 'snapshot') {
		return db
			.select(frozenStatistic)
			.from(snapshotStatistic)
			.where(eq(snapshotStatistic.snapshotId, source.snapshot.id))
			.all();
	}
	return approvedStatisticsAsOf(db, source.planId, source.at);
}

/**
 * Which institution's figure each 'official' metric publishes: the rules frozen with a snapshot,
 * or today's for live data.
 */
export function combineRules(db: DB, source: Source): CombineRules {
	return source.kind === 'snapshot'
		? loadFrozenCombineRules(db, source.snapshot.id)
		: loadCombineRules(db);
}

/** Live: every figure of a statistics report approved by `cutoff` (plan periods and plan-less years). */
export function approvedStatisticsAsOf(db: Reader, planId: number, cutoff: Date): StatisticRow[] {
	const periods = db
		.select({ id: reportingPeriod.id })
		.from(reportingPeriod)
		.where(or(eq(reportingPeriod.planId, planId), isNull(reportingPeriod.planId)))
		.all()
		.map((p) => p.id);
	if (periods.length === 0) return [];
	return db
		.select({
			metricId: statValue.metricId,
			institutionId: statReport.institutionId,
			periodId: statReport.periodId,
			categoryKey: statValue.categoryKey,
			value: statValue.value,
			notAvailable: statValue.notAvailable,
			derived: statValue.derived,
			sourceAz: statValue.sourceAz,
			sourceEn: statValue.sourceEn,
			noteAz: statValue.noteAz,
			noteEn: statValue.noteEn
		})
		.from(statValue)
		.innerJoin(statReport, eq(statReport.id, statValue.reportId))
		.where(
			and(
				eq(statReport.state, 'approved'),
				lte(statReport.reviewedAt, cutoff),
				inArray(statReport.periodId, periods)
			)
		)
		.all();
}
