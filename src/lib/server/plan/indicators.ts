// Indicators of an action (not in the decree: reviewers and admins add them). Audited.
import { and, eq, max } from 'drizzle-orm';
import { action, indicator, indicatorValue } from '../db/schema';
import { writeAudit, type Actor } from '../audit';
import { rowStamp } from './stamp';
import type { DB } from '../db/connect';
import type { EditResult } from './admin';

export interface IndicatorInput {
	nameAz: string;
	nameEn: string;
	unit: string;
	baseline: number | null;
	milestone: number | null;
	target: number | null;
}

export const indicatorStamp = (row: typeof indicator.$inferSelect) => rowStamp(row);

export function addIndicator(
	db: DB,
	actor: Actor,
	actionId: number,
	input: IndicatorInput,
	now = new Date()
): EditResult<number> {
	return db.transaction((tx): EditResult<number> => {
		if (!tx.select({ id: action.id }).from(action).where(eq(action.id, actionId)).get())
			return { ok: false, errors: { form: 'error.not_found' } };
		const last =
			tx
				.select({ n: max(indicator.sortOrder) })
				.from(indicator)
				.where(eq(indicator.actionId, actionId))
				.get()?.n ?? 0;
		const row = tx
			.insert(indicator)
			.values({ actionId, ...input, sortOrder: last + 1 })
			.returning()
			.get();
		writeAudit(
			tx,
			actor,
			{ entity: 'indicator', entityId: row.id, operation: 'create', after: row },
			now
		);
		return { ok: true, value: row.id };
	});
}

export function updateIndicator(
	db: DB,
	actor: Actor,
	actionId: number,
	indicatorId: number,
	input: IndicatorInput,
	stamp: string,
	now = new Date()
): EditResult {
	return db.transaction((tx): EditResult => {
		const where = and(eq(indicator.id, indicatorId), eq(indicator.actionId, actionId));
		const old = tx.select().from(indicator).where(where).get();
		if (!old) return { ok: false, errors: { form: 'error.not_found' } };
		if (indicatorStamp(old) !== stamp) return { ok: false, errors: { form: 'error.conflict' } };
		const row = tx.update(indicator).set(input).where(where).returning().get();
		writeAudit(
			tx,
			actor,
			{ entity: 'indicator', entityId: indicatorId, operation: 'update', before: old, after: row },
			now
		);
		return { ok: true, value: null };
	});
}

export function removeIndicator(
	db: DB,
	actor: Actor,
	actionId: number,
	indicatorId: number,
	now = new Date()
): EditResult {
	return db.transaction((tx): EditResult => {
		const where = and(eq(indicator.id, indicatorId), eq(indicator.actionId, actionId));
		const old = tx.select().from(indicator).where(where).get();
		if (!old) return { ok: false, errors: { form: 'error.not_found' } };
		// reported values would go with it (cascade): refuse rather than lose them
		if (tx.select().from(indicatorValue).where(eq(indicatorValue.indicatorId, indicatorId)).get())
			return { ok: false, errors: { form: 'admin_plans.error.indicator_in_use' } };
		tx.delete(indicator).where(where).run();
		writeAudit(
			tx,
			actor,
			{ entity: 'indicator', entityId: indicatorId, operation: 'delete', before: old },
			now
		);
		return { ok: true, value: null };
	});
}
