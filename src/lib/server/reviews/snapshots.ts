// Freezing a review: the approved progress reports and statistics as of a date are copied into
// snapshot tables in one transaction. The database refuses to update or delete those rows
// (migration 0001), so a snapshot keeps saying what it said, whatever happens to the live data.
import { count, desc, eq, sql } from 'drizzle-orm';
import {
	plan,
	reviewSnapshot,
	snapshotCombine,
	snapshotProgress,
	snapshotStatistic,
	user
} from '../db/schema';
import { combineRulesRows, loadCombineRules } from '../statistics/combine';
import type { DB } from '../db/connect';
import { writeAudit, type Actor } from '../audit';
import { endOfDay } from './as-of';
import {
	approvedProgressAsOf,
	approvedStatisticsAsOf,
	type ReviewSnapshot
} from './snapshot-source';
import { bakuDay } from '../../dates';

export interface SnapshotInput {
	planId: number;
	name: string;
	nameAz?: string | null;
	asOf: string;
}

export type CreateSnapshotResult =
	| { ok: true; snapshot: ReviewSnapshot; progress: number; statistics: number }
	| { ok: false; errors: Record<string, string> };

// SQLite allows at most 32766 bound variables per statement
const CHUNK = 500;

export function createSnapshot(
	db: DB,
	actor: Actor,
	input: SnapshotInput,
	now: Date
): CreateSnapshotResult {
	if (input.asOf > bakuDay(now)) return { ok: false, errors: { asOf: 'reviews.as_of_future' } };
	const p = db.select().from(plan).where(eq(plan.id, input.planId)).get();
	if (!p) return { ok: false, errors: { planId: 'reviews.plan_unknown' } };

	const cutoff = endOfDay(input.asOf);
	return db.transaction((tx) => {
		const snapshot = tx
			.insert(reviewSnapshot)
			.values({
				planId: p.id,
				name: input.name,
				nameAz: input.nameAz ?? null,
				asOf: input.asOf,
				createdBy: actor.id,
				createdAt: now
			})
			.returning()
			.get();
		const progress = approvedProgressAsOf(tx, p.id, cutoff);
		for (let i = 0; i < progress.length; i += CHUNK) {
			tx.insert(snapshotProgress)
				.values(progress.slice(i, i + CHUNK).map((r) => ({ snapshotId: snapshot.id, ...r })))
				.run();
		}
		const stats = approvedStatisticsAsOf(tx, p.id, cutoff);
		for (let i = 0; i < stats.length; i += CHUNK) {
			tx.insert(snapshotStatistic)
				.values(stats.slice(i, i + CHUNK).map((r) => ({ snapshotId: snapshot.id, ...r })))
				.run();
		}
		// which institution's figure each 'official' metric publishes, as decided today
		const rules = combineRulesRows(loadCombineRules(tx));
		for (let i = 0; i < rules.length; i += CHUNK)
			tx.insert(snapshotCombine)
				.values(rules.slice(i, i + CHUNK).map((r) => ({ snapshotId: snapshot.id, ...r })))
				.run();
		writeAudit(
			tx,
			actor,
			{
				entity: 'review_snapshot',
				entityId: snapshot.id,
				operation: 'create',
				after: {
					planId: p.id,
					name: input.name,
					asOf: input.asOf,
					progress: progress.length,
					statistics: stats.length
				}
			},
			now
		);
		return { ok: true, snapshot, progress: progress.length, statistics: stats.length } as const;
	});
}

export interface SnapshotSummary extends ReviewSnapshot {
	createdByName: string | null;
	progressCount: number;
	statisticCount: number;
}

/** Every snapshot, newest as-of date first, with who made it and how much it holds. */
export function listSnapshots(db: DB, planId?: number): SnapshotSummary[] {
	const progressCounts = db
		.select({ id: snapshotProgress.snapshotId, n: count() })
		.from(snapshotProgress)
		.groupBy(snapshotProgress.snapshotId)
		.all();
	const statCounts = db
		.select({ id: snapshotStatistic.snapshotId, n: count() })
		.from(snapshotStatistic)
		.groupBy(snapshotStatistic.snapshotId)
		.all();
	const pc = new Map(progressCounts.map((r) => [r.id, r.n]));
	const sc = new Map(statCounts.map((r) => [r.id, r.n]));
	const q = db
		.select({ s: reviewSnapshot, createdByName: user.name })
		.from(reviewSnapshot)
		.leftJoin(user, eq(user.id, reviewSnapshot.createdBy))
		.where(planId === undefined ? sql`1 = 1` : eq(reviewSnapshot.planId, planId))
		.orderBy(desc(reviewSnapshot.asOf), desc(reviewSnapshot.id));
	return q.all().map(({ s, createdByName }) => ({
		...s,
		createdByName,
		progressCount: pc.get(s.id) ?? 0,
		statisticCount: sc.get(s.id) ?? 0
	}));
}
