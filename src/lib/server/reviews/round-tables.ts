// Round tables and their follow-up. A decision or recommendation is an `action` of kind
// 'decision' tied to its round table, with a due date and its institutions as leads: so it shows
// on those institutions' "My actions" and is reported on and reviewed like any action.
import { and, asc, count, desc, eq, inArray, like } from 'drizzle-orm';
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
		tx.insert(actionInstitution)
			.values(
				input.institutionIds.map((institutionId) => ({
					actionId: row.id,
					institutionId,
					role: 'lead' as const
				}))
			)
			.run();
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
		.select({
			id: institution.id,
			code: institution.code,
			nameAz: institution.nameAz,
			nameEn: institution.nameEn
		})
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
