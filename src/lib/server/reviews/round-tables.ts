// Round tables and their follow-up. A decision or recommendation is an `action` of kind
// 'decision' tied to its round table, with a due date and its institutions as leads: so it shows
// on those institutions' "My actions" and is reported on and reviewed like any action.
import { and, asc, count, desc, eq, inArray, isNull, like } from 'drizzle-orm';
import {
	action,
	actionInstitution,
	institution,
	plan,
	reviewSnapshot,
	roundTable,
	roundTableParticipant
} from '../db/schema';
import type { DB } from '../db/connect';
import { writeAudit, type Actor } from '../audit';
import { codeSortKey, foldForSearch } from '../../text';
import type { RoundTableInput } from '../forms/round-table-form';
import type { DecisionInput } from '../forms/decision-form';
import { mailDecisionAssigned } from './decision-mail';
import { institutionRef } from '../institutions';

export type RoundTable = typeof roundTable.$inferSelect;
type Result<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

function knownInstitutions(db: Pick<DB, 'select'>, ids: number[]): boolean {
	if (ids.length === 0) return true;
	const found = db
		.select({ id: institution.id })
		.from(institution)
		.where(inArray(institution.id, ids))
		.all();
	return found.length === ids.length;
}

export function createRoundTable(
	db: DB,
	actor: Actor,
	input: RoundTableInput,
	now: Date
): Result<RoundTable> {
	if (!db.select().from(plan).where(eq(plan.id, input.planId)).get())
		return { ok: false, errors: { planId: 'reviews.plan_unknown' } };
	if (input.snapshotId !== null) {
		const s = db.select().from(reviewSnapshot).where(eq(reviewSnapshot.id, input.snapshotId)).get();
		if (!s || s.planId !== input.planId)
			return { ok: false, errors: { snapshotId: 'reviews.snapshot_not_found' } };
	}
	if (!knownInstitutions(db, input.participants))
		return { ok: false, errors: { participants: 'rt.unknown_institution' } };
	return db.transaction((tx) => {
		const rt = tx
			.insert(roundTable)
			.values({
				planId: input.planId,
				snapshotId: input.snapshotId,
				heldOn: input.heldOn,
				titleAz: input.titleAz ?? input.titleEn ?? '',
				titleEn: input.titleEn ?? input.titleAz ?? '',
				notesAz: input.notesAz,
				notesEn: input.notesEn,
				createdBy: actor.id,
				createdAt: now
			})
			.returning()
			.get();
		tx.insert(roundTableParticipant)
			.values(input.participants.map((institutionId) => ({ roundTableId: rt.id, institutionId })))
			.run();
		writeAudit(
			tx,
			actor,
			{ entity: 'round_table', entityId: rt.id, operation: 'create', after: { ...input } },
			now
		);
		return { ok: true, value: rt } as const;
	});
}

/** Adds a decision (D) or recommendation (R); its code is RT{id}.{D|R}{n}. */
export function addDecision(
	db: DB,
	actor: Actor,
	roundTableId: number,
	input: DecisionInput,
	now: Date,
	opts: { sample?: boolean } = {}
): Result<typeof action.$inferSelect> {
	const rt = db.select().from(roundTable).where(eq(roundTable.id, roundTableId)).get();
	if (!rt) return { ok: false, errors: { form: 'rt.not_found' } };
	if (rt.withdrawnAt) return { ok: false, errors: { form: 'rt.withdrawn_refused' } };
	if (input.dueDate < rt.heldOn) return { ok: false, errors: { dueDate: 'rt.due_before_meeting' } };
	if (!knownInstitutions(db, input.institutionIds))
		return { ok: false, errors: { institutions: 'rt.unknown_institution' } };
	return db.transaction((tx) => {
		const prefix = `RT${rt.id}.${input.type}`;
		const n = tx
			.select({ n: count() })
			.from(action)
			.where(and(eq(action.roundTableId, rt.id), like(action.code, `${prefix}%`)))
			.get()!.n;
		const code = `${prefix}${n + 1}`;
		const row = tx
			.insert(action)
			.values({
				planId: rt.planId,
				kind: 'decision',
				roundTableId: rt.id,
				code,
				textAz: input.textAz,
				textEn: input.textEn,
				startYear: Number(rt.heldOn.slice(0, 4)),
				endYear: Number(input.dueDate.slice(0, 4)),
				dueDate: input.dueDate,
				sample: opts.sample ?? false,
				sortKey: codeSortKey(code),
				searchText: foldForSearch(`${code} ${input.textAz ?? ''} ${input.textEn ?? ''}`),
				createdAt: now
			})
			.returning()
			.get();
		assignDecisionBodies(tx, row.id, input.institutionIds);
		// the demo seed's sample decisions mail nobody
		if (!opts.sample) mailDecisionAssigned(tx, row, rt, input.institutionIds, now);
		writeAudit(
			tx,
			actor,
			{
				entity: 'action',
				entityId: row.id,
				operation: 'create_decision',
				after: { code, roundTableId: rt.id, ...input }
			},
			now
		);
		return { ok: true, value: row } as const;
	});
}

// ---------------------------------------------------------------- edit and withdraw
// Round tables and decisions are edited in place and withdrawn rather than deleted: a decision
// may already have reports, and the record of what a meeting decided must stay. A withdrawn
// decision is off "My actions" (see actionActiveIn) and shown as withdrawn. Every change writes
// its before and after to the audit log.

type EditError = 'forbidden' | 'not_found' | 'withdrawn' | 'invalid';
type EditResult = { ok: true } | { ok: false; error: EditError; errors?: Record<string, string> };

const canEdit = (actor: Actor) => actor.role === 'reviewer' || actor.role === 'admin';

function decisionOf(db: Pick<DB, 'select'>, id: number) {
	const d = db
		.select()
		.from(action)
		.where(and(eq(action.id, id), eq(action.kind, 'decision')))
		.get();
	if (!d || d.roundTableId === null) return null;
	const rt = db.select().from(roundTable).where(eq(roundTable.id, d.roundTableId)).get()!;
	return { d, rt };
}

function leadIds(db: Pick<DB, 'select'>, actionId: number): number[] {
	return db
		.select({ id: actionInstitution.institutionId })
		.from(actionInstitution)
		.where(eq(actionInstitution.actionId, actionId))
		.all()
		.map((r) => r.id)
		.sort((a, b) => a - b);
}

function participantIds(db: Pick<DB, 'select'>, roundTableId: number): number[] {
	return db
		.select({ id: roundTableParticipant.institutionId })
		.from(roundTableParticipant)
		.where(eq(roundTableParticipant.roundTableId, roundTableId))
		.all()
		.map((r) => r.id)
		.sort((a, b) => a - b);
}

/** Edits a round table's date, titles, notes, review and participants (its plan stays). */
export function updateRoundTable(
	db: DB,
	actor: Actor,
	id: number,
	input: RoundTableInput,
	now: Date
): EditResult {
	if (!canEdit(actor)) return { ok: false, error: 'forbidden' };
	const rt = db.select().from(roundTable).where(eq(roundTable.id, id)).get();
	if (!rt) return { ok: false, error: 'not_found' };
	if (rt.withdrawnAt) return { ok: false, error: 'withdrawn' };
	if (input.snapshotId !== null) {
		const s = db.select().from(reviewSnapshot).where(eq(reviewSnapshot.id, input.snapshotId)).get();
		if (!s || s.planId !== rt.planId)
			return {
				ok: false,
				error: 'invalid',
				errors: { snapshotId: 'reviews.snapshot_not_found' }
			};
	}
	if (!knownInstitutions(db, input.participants))
		return {
			ok: false,
			error: 'invalid',
			errors: { participants: 'rt.unknown_institution' }
		};
	const firstDue = db
		.select({ due: action.dueDate })
		.from(action)
		.where(and(eq(action.roundTableId, id), isNull(action.withdrawnAt)))
		.orderBy(asc(action.dueDate))
		.get()?.due;
	if (firstDue && input.heldOn > firstDue)
		return { ok: false, error: 'invalid', errors: { heldOn: 'rt.meeting_after_due' } };
	db.transaction((tx) => {
		const values = {
			heldOn: input.heldOn,
			titleAz: input.titleAz ?? input.titleEn ?? '',
			titleEn: input.titleEn ?? input.titleAz ?? '',
			notesAz: input.notesAz,
			notesEn: input.notesEn,
			snapshotId: input.snapshotId
		};
		const before = {
			heldOn: rt.heldOn,
			titleAz: rt.titleAz,
			titleEn: rt.titleEn,
			notesAz: rt.notesAz,
			notesEn: rt.notesEn,
			snapshotId: rt.snapshotId,
			participants: participantIds(tx, id)
		};
		tx.update(roundTable).set(values).where(eq(roundTable.id, id)).run();
		tx.delete(roundTableParticipant).where(eq(roundTableParticipant.roundTableId, id)).run();
		tx.insert(roundTableParticipant)
			.values(input.participants.map((institutionId) => ({ roundTableId: id, institutionId })))
			.run();
		writeAudit(
			tx,
			actor,
			{
				entity: 'round_table',
				entityId: id,
				operation: 'update',
				before,
				after: { ...values, participants: [...input.participants].sort((a, b) => a - b) }
			},
			now
		);
	});
	return { ok: true };
}

/** Withdraws a round table and all its decisions; they stay on record, marked withdrawn. */
export function withdrawRoundTable(db: DB, actor: Actor, id: number, now: Date): EditResult {
	if (!canEdit(actor)) return { ok: false, error: 'forbidden' };
	const rt = db.select().from(roundTable).where(eq(roundTable.id, id)).get();
	if (!rt) return { ok: false, error: 'not_found' };
	if (rt.withdrawnAt) return { ok: false, error: 'withdrawn' };
	db.transaction((tx) => {
		tx.update(roundTable).set({ withdrawnAt: now }).where(eq(roundTable.id, id)).run();
		const decisions = tx
			.update(action)
			.set({ withdrawnAt: now })
			.where(and(eq(action.roundTableId, id), isNull(action.withdrawnAt)))
			.returning({ code: action.code })
			.all();
		writeAudit(
			tx,
			actor,
			{
				entity: 'round_table',
				entityId: id,
				operation: 'withdraw',
				before: { withdrawnAt: null },
				after: { withdrawnAt: now.toISOString(), decisions: decisions.map((d) => d.code) }
			},
			now
		);
	});
	return { ok: true };
}

/** Edits a decision's texts, deadline and institutions; its code (and so its type) stays. */
export function updateDecision(
	db: DB,
	actor: Actor,
	decisionId: number,
	input: DecisionInput,
	now: Date
): EditResult {
	if (!canEdit(actor)) return { ok: false, error: 'forbidden' };
	const found = decisionOf(db, decisionId);
	if (!found) return { ok: false, error: 'not_found' };
	const { d, rt } = found;
	if (d.withdrawnAt || rt.withdrawnAt) return { ok: false, error: 'withdrawn' };
	if (input.dueDate < rt.heldOn)
		return { ok: false, error: 'invalid', errors: { dueDate: 'rt.due_before_meeting' } };
	if (!knownInstitutions(db, input.institutionIds))
		return { ok: false, error: 'invalid', errors: { institutions: 'rt.unknown_institution' } };
	db.transaction((tx) => {
		const before = {
			textAz: d.textAz,
			textEn: d.textEn,
			dueDate: d.dueDate,
			institutionIds: leadIds(tx, d.id)
		};
		tx.update(action)
			.set({
				textAz: input.textAz,
				textEn: input.textEn,
				dueDate: input.dueDate,
				endYear: Number(input.dueDate.slice(0, 4)),
				searchText: foldForSearch(`${d.code} ${input.textAz ?? ''} ${input.textEn ?? ''}`)
			})
			.where(eq(action.id, d.id))
			.run();
		tx.delete(actionInstitution).where(eq(actionInstitution.actionId, d.id)).run();
		assignDecisionBodies(tx, d.id, input.institutionIds);
		// only the institutions newly given the decision hear about it
		mailDecisionAssigned(
			tx,
			{ code: d.code, textAz: input.textAz, textEn: input.textEn, dueDate: input.dueDate },
			rt,
			input.institutionIds.filter((i) => !before.institutionIds.includes(i)),
			now
		);
		writeAudit(
			tx,
			actor,
			{
				entity: 'action',
				entityId: d.id,
				operation: 'update_decision',
				before,
				after: {
					textAz: input.textAz,
					textEn: input.textEn,
					dueDate: input.dueDate,
					institutionIds: [...input.institutionIds].sort((a, b) => a - b)
				}
			},
			now
		);
	});
	return { ok: true };
}

/** Withdraws one decision: kept with its reports, off "My actions", shown as withdrawn. */
export function withdrawDecision(db: DB, actor: Actor, decisionId: number, now: Date): EditResult {
	if (!canEdit(actor)) return { ok: false, error: 'forbidden' };
	const found = decisionOf(db, decisionId);
	if (!found) return { ok: false, error: 'not_found' };
	if (found.d.withdrawnAt) return { ok: false, error: 'withdrawn' };
	db.transaction((tx) => {
		tx.update(action).set({ withdrawnAt: now }).where(eq(action.id, decisionId)).run();
		writeAudit(
			tx,
			actor,
			{
				entity: 'action',
				entityId: decisionId,
				operation: 'withdraw_decision',
				before: { withdrawnAt: null },
				after: { code: found.d.code, withdrawnAt: now.toISOString() }
			},
			now
		);
	});
	return { ok: true };
}

export interface RoundTableSummary extends RoundTable {
	participantCount: number;
	decisionCount: number;
}

export function listRoundTables(db: DB): RoundTableSummary[] {
	const parts = new Map(
		db
			.select({ id: roundTableParticipant.roundTableId, n: count() })
			.from(roundTableParticipant)
			.groupBy(roundTableParticipant.roundTableId)
			.all()
			.map((r) => [r.id, r.n])
	);
	const decisions = new Map(
		db
			.select({ id: action.roundTableId, n: count() })
			.from(action)
			.where(eq(action.kind, 'decision'))
			.groupBy(action.roundTableId)
			.all()
			.map((r) => [r.id, r.n])
	);
	return db
		.select()
		.from(roundTable)
		.orderBy(desc(roundTable.heldOn), desc(roundTable.id))
		.all()
		.map((rt) => ({
			...rt,
			participantCount: parts.get(rt.id) ?? 0,
			decisionCount: decisions.get(rt.id) ?? 0
		}));
}

export function getRoundTable(db: DB, id: number) {
	const rt = db.select().from(roundTable).where(eq(roundTable.id, id)).get();
	if (!rt) return null;
	const participants = db
		.select(institutionRef)
		.from(roundTableParticipant)
		.innerJoin(institution, eq(institution.id, roundTableParticipant.institutionId))
		.where(eq(roundTableParticipant.roundTableId, id))
		.orderBy(asc(institution.code))
		.all();
	const decisions = db
		.select()
		.from(action)
		.where(and(eq(action.roundTableId, id), eq(action.kind, 'decision')))
		.orderBy(asc(action.sortKey))
		.all();
	const links = decisions.length
		? db
				.select()
				.from(actionInstitution)
				.where(
					inArray(
						actionInstitution.actionId,
						decisions.map((d) => d.id)
					)
				)
				.all()
		: [];
	const snapshot = rt.snapshotId
		? (db.select().from(reviewSnapshot).where(eq(reviewSnapshot.id, rt.snapshotId)).get() ?? null)
		: null;
	return {
		roundTable: rt,
		snapshot,
		participants,
		decisions: decisions.map((d) => ({
			...d,
			institutionIds: links.filter((l) => l.actionId === d.id).map((l) => l.institutionId)
		}))
	};
}

/** A decision's institutions are each its lead: each reports on it for itself. */
function assignDecisionBodies(tx: Pick<DB, 'insert'>, actionId: number, institutionIds: number[]) {
	tx.insert(actionInstitution)
		.values(
			institutionIds.map((institutionId) => ({ actionId, institutionId, role: 'lead' as const }))
		)
		.run();
}
