// Statistics reports (one institution × one year): reading and saving cells. Saves go through the
// shared workflow's optimistic lock (claimVersion); state changes live in ./workflow-actions.ts.
import { and, eq, inArray } from 'drizzle-orm';
import { statReport, statValue, type StatReport } from '../db/schema';
import { claimVersion, isEditable } from '../workflow';
import { writeAudit, type Actor, type Tx } from '../audit';
import type { DB } from '../db/connect';
import { metricsForInstitution } from './definitions';
import { isKeyValidFor } from './layout';
import { acceptsSubmissions, getStatPeriod } from './periods';
import { spanOverlaps } from './span-overlap';
import { newExcesses } from './validate';
import type { CellInput, Issue, MetricDef } from './types';

export type StatActor = Actor & { id: number; role: string; institutionId: number | null };

export function findReport(
	db: Pick<DB, 'select'>,
	institutionId: number,
	periodId: number
): StatReport | null {
	return (
		db
			.select()
			.from(statReport)
			.where(and(eq(statReport.institutionId, institutionId), eq(statReport.periodId, periodId)))
			.get() ?? null
	);
}

export function getReport(db: DB, id: number): StatReport | null {
	return db.select().from(statReport).where(eq(statReport.id, id)).get() ?? null;
}

/** The report's cells grouped by metric code. */
export function loadCells(
	db: Pick<DB, 'select'>,
	reportId: number,
	metrics: MetricDef[]
): Map<string, CellInput[]> {
	const codes = new Map(metrics.map((m) => [m.id, m.code]));
	const out = new Map<string, CellInput[]>();
	for (const r of db.select().from(statValue).where(eq(statValue.reportId, reportId)).all()) {
		const code = codes.get(r.metricId);
		if (!code) continue;
		const list = out.get(code) ?? [];
		list.push({
			key: r.categoryKey,
			value: r.value,
			notAvailable: r.notAvailable,
			derived: r.derived,
			source: r.source
		});
		out.set(code, list);
	}
	return out;
}

/** A change to one cell: `cell` null clears it (nothing entered). */
export interface CellChange {
	metric: string;
	key: string;
	cell: CellInput | null;
}

export type SaveResult =
	| { ok: true; reportId: number; version: number; changed: number }
	| {
			ok: false;
			error:
				'forbidden' | 'not_found' | 'period_closed' | 'not_editable' | 'conflict' | 'invalid_cells';
	  }
	/** `cells`: `metric|key` already reported for an overlapping year or span; nothing written */
	| { ok: false; error: 'span_overlap'; cells: string[] }
	/** a part larger than its total, each named by an issue; nothing written */
	| { ok: false; error: 'exceeds'; issues: Issue[] };

export function mayEdit(actor: StatActor, institutionId: number): boolean {
	return (
		actor.role === 'admin' ||
		(actor.role === 'focal_point' && actor.institutionId === institutionId)
	);
}

/**
 * Writes cells into the institution's report for the period, creating the report on first save
 * (expectedVersion 0 means "there was no report when I started"). All or nothing.
 */
export function saveCells(
	db: DB,
	actor: StatActor,
	input: {
		institutionId: number;
		periodId: number;
		expectedVersion: number;
		changes: CellChange[];
		now: Date;
	}
): SaveResult {
	const { institutionId, periodId, now } = input;
	if (!mayEdit(actor, institutionId)) return { ok: false, error: 'forbidden' };
	const period = getStatPeriod(db, periodId);
	if (!period) return { ok: false, error: 'not_found' };
	if (!acceptsSubmissions(db, period, institutionId, now))
		return { ok: false, error: 'period_closed' };
	const metrics = new Map(metricsForInstitution(db, institutionId).map((m) => [m.code, m]));
	for (const c of input.changes) {
		const m = metrics.get(c.metric);
		if (!m || !isKeyValidFor(m, c.key) || (c.cell && c.cell.key !== c.key))
			return { ok: false, error: 'invalid_cells' };
	}
	const overlaps = spanOverlaps(db, institutionId, period, input.changes);
	if (overlaps.length) return { ok: false, error: 'span_overlap', cells: overlaps };
	const excesses = partsAboveTotals(db, institutionId, periodId, metrics, input.changes);
	if (excesses.length) return { ok: false, error: 'exceeds', issues: excesses };
	return db.transaction((tx) => {
		let report = findReport(tx, institutionId, periodId);
		let expected = input.expectedVersion;
		if (!report) {
			if (expected !== 0) return { ok: false, error: 'conflict' } as const;
			report = tx
				.insert(statReport)
				.values({ institutionId, periodId, updatedAt: now, updatedBy: actor.id })
				.returning()
				.get();
			expected = report.version;
			writeAudit(
				tx,
				actor,
				{
					entity: 'stat_report',
					entityId: report.id,
					operation: 'create',
					after: { institutionId, periodId }
				},
				now
			);
		}
		if (!isEditable(report.state)) return { ok: false, error: 'not_editable' } as const;
		if (!claimVersion(tx, 'statistics', report.id, expected, actor.id, now))
			return { ok: false, error: 'conflict' } as const;
		const changed = applyChanges(tx, report.id, metrics, input.changes);
		writeAudit(
			tx,
			actor,
			{
				entity: 'stat_report',
				entityId: report.id,
				operation: 'save_values',
				before: changed.before,
				after: changed.after
			},
			now
		);
		return {
			ok: true,
			reportId: report.id,
			version: expected + 1,
			changed: changed.after.length
		} as const;
	});
}

/** The parts larger than their totals the changes would bring into the report (see newExcesses). */
function partsAboveTotals(
	db: DB,
	institutionId: number,
	periodId: number,
	metrics: Map<string, MetricDef>,
	changes: CellChange[]
): Issue[] {
	const report = findReport(db, institutionId, periodId);
	const stored = report ? loadCells(db, report.id, [...metrics.values()]) : new Map();
	const out: Issue[] = [];
	for (const code of new Set(changes.map((c) => c.metric))) {
		const before: CellInput[] = stored.get(code) ?? [];
		const after = new Map(before.map((c) => [c.key, c]));
		for (const c of changes.filter((x) => x.metric === code))
			if (c.cell) after.set(c.key, c.cell);
			else after.delete(c.key);
		out.push(...newExcesses(metrics.get(code)!, before, [...after.values()]));
	}
	return out;
}

type Logged =
	| {
			metric: string;
			key: string;
			value: number | null;
			na: boolean;
			derived: boolean;
			source: string | null;
	  }
	| { metric: string; key: string; cleared: true };

function applyChanges(
	tx: Tx,
	reportId: number,
	metrics: Map<string, MetricDef>,
	changes: CellChange[]
) {
	const ids = [...new Set(changes.map((c) => metrics.get(c.metric)!.id))];
	const existing = ids.length
		? tx
				.select()
				.from(statValue)
				.where(and(eq(statValue.reportId, reportId), inArray(statValue.metricId, ids)))
				.all()
		: [];
	const before: Logged[] = [];
	const after: Logged[] = [];
	for (const c of changes) {
		const metricId = metrics.get(c.metric)!.id;
		const old = existing.find((e) => e.metricId === metricId && e.categoryKey === c.key);
		const next = c.cell;
		const same =
			old &&
			next &&
			old.value === next.value &&
			old.notAvailable === next.notAvailable &&
			old.derived === next.derived &&
			(old.source ?? null) === (next.source ?? null);
		if ((!old && !next) || same) continue;
		if (old)
			before.push({
				metric: c.metric,
				key: c.key,
				value: old.value,
				na: old.notAvailable,
				derived: old.derived,
				source: old.source
			});
		if (!next) {
			tx.delete(statValue).where(eq(statValue.id, old!.id)).run();
			after.push({ metric: c.metric, key: c.key, cleared: true });
			continue;
		}
		const row = {
			value: next.notAvailable ? null : next.value,
			notAvailable: next.notAvailable,
			derived: next.derived,
			source: next.source
		};
		if (old) tx.update(statValue).set(row).where(eq(statValue.id, old.id)).run();
		else
			tx.insert(statValue)
				.values({ reportId, metricId, categoryKey: c.key, ...row })
				.run();
		after.push({
			metric: c.metric,
			key: c.key,
			value: row.value,
			na: row.notAvailable,
			derived: row.derived,
			source: row.source
		});
	}
	return { before, after };
}
