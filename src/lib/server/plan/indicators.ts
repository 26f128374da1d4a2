// Indicators of an action (not in the decree: reviewers and admins add them). Audited.
import { and, eq, max } from 'drizzle-orm';
import { action, indicator, indicatorValue } from '../db/schema';
import { writeAudit, type Actor, type Tx } from '../audit';
import { rowStamp } from './stamp';
import type { DB } from '../db/connect';
import { editRow, type EditResult } from './edit';

/** What the indicator form edits: every column of the row but its keys and place. */
export type IndicatorInput = Omit<typeof indicator.$inferSelect, 'id' | 'actionId' | 'sortOrder'>;

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

/** The indicator, only as one of this action's: an id from another action is not found. */
function target(actionId: number, indicatorId: number) {
	const where = and(eq(indicator.id, indicatorId), eq(indicator.actionId, actionId));
	return {
		where,
		entity: 'indicator',
		id: indicatorId,
		load: (tx: Tx) => tx.select().from(indicator).where(where).get()
	};
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
	const t = target(actionId, indicatorId);
	const of = (_: Tx, row: typeof indicator.$inferSelect) => indicatorStamp(row);
	return editRow(db, actor, now, { ...t, stamp: { expected: stamp, of } }, (tx, old) => ({
		operation: 'update',
		before: old,
		after: tx.update(indicator).set(input).where(t.where).returning().get()
	}));
}

export function removeIndicator(
	db: DB,
	actor: Actor,
	actionId: number,
	indicatorId: number,
	now = new Date()
): EditResult {
	const t = target(actionId, indicatorId);
	return editRow(db, actor, now, t, (tx, old) => {
		// reported values would go with it (cascade): refuse rather than lose them
		if (tx.select().from(indicatorValue).where(eq(indicatorValue.indicatorId, indicatorId)).get())
			return { ok: false, errors: { form: 'admin_plans.error.indicator_in_use' } };
		tx.delete(indicator).where(t.where).run();
		return { operation: 'delete', before: old };
	});
}
