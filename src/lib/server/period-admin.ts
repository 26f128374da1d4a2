// Reporting periods of a plan, as an admin manages them: generate yearly, half-yearly or
// quarterly periods over the plan's years with a due date N days after each period's end, edit
// a due date, open or close a period. Every change is audited.
import { addDays, formatISO, parseISO } from 'date-fns';
import { and, asc, eq } from 'drizzle-orm';
import { plan, reportingPeriod, PERIOD_KINDS } from './db/schema';
import { writeAudit, type Actor, type Tx } from './audit';
import type { DB } from './db/connect';

export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type PeriodScope = 'progress' | 'statistics';

export function listPeriods(db: DB, planId: number) {
	return db
		.select()
		.from(reportingPeriod)
		.where(eq(reportingPeriod.planId, planId))
		.orderBy(asc(reportingPeriod.scope), asc(reportingPeriod.startDate), asc(reportingPeriod.kind))
		.all();
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The periods of one kind that cover the given years, with their codes and dates. */
export function periodSlices(kind: PeriodKind, startYear: number, endYear: number) {
	const months = kind === 'year' ? 12 : kind === 'half' ? 6 : 3;
	const slices: { code: string; startDate: string; endDate: string }[] = [];
	for (let y = startYear; y <= endYear; y++)
		for (let m = 1, n = 1; m <= 12; m += months, n++) {
			const endM = m + months - 1;
			slices.push({
				code: kind === 'year' ? String(y) : `${y}-${kind === 'half' ? 'H' : 'Q'}${n}`,
				startDate: `${y}-${pad(m)}-01`,
				endDate: `${y}-${pad(endM)}-${pad(lastDay(y, endM))}`
			});
		}
	return slices;
}

export function dueDateAfter(endDate: string, days: number): string {
	return formatISO(addDays(parseISO(endDate), days), { representation: 'date' });
}

export function generatePeriods(
	db: DB,
	actor: Actor,
	input: { planId: number; kind: PeriodKind; scope: PeriodScope; dueDays: number },
	now = new Date()
): { ok: true; created: string[]; skipped: string[] } | { ok: false; key: string } {
	return db.transaction((tx) => {
		const p = tx.select().from(plan).where(eq(plan.id, input.planId)).get();
		if (!p) return { ok: false, key: 'error.not_found' };
		const existing = new Set(
			tx
				.select({ code: reportingPeriod.code })
				.from(reportingPeriod)
				.where(and(eq(reportingPeriod.planId, p.id), eq(reportingPeriod.scope, input.scope)))
				.all()
				.map((r) => r.code)
		);
		const created: string[] = [];
		const skipped: string[] = [];
		for (const s of periodSlices(input.kind, p.startYear, p.endYear)) {
			if (existing.has(s.code)) {
				skipped.push(s.code);
				continue;
			}
			const row = tx
				.insert(reportingPeriod)
				.values({
					planId: p.id,
					scope: input.scope,
					kind: input.kind,
					...s,
					dueDate: dueDateAfter(s.endDate, input.dueDays)
				})
				.returning()
				.get();
			writeAudit(
				tx,
				actor,
				{ entity: 'reporting_period', entityId: row.id, operation: 'create', after: row },
				now
			);
			created.push(s.code);
		}
		return { ok: true, created, skipped };
	});
}

type EditResult = { ok: true } | { ok: false; key: string };

type Period = typeof reportingPeriod.$inferSelect;

// one audited change of a period, so the audit always holds the row before and after
function updatePeriod(
	tx: Tx,
	actor: Actor,
	old: Period,
	set: Partial<Pick<Period, 'dueDate' | 'status'>>,
	operation: string,
	now: Date
) {
	const row = tx
		.update(reportingPeriod)
		.set(set)
		.where(eq(reportingPeriod.id, old.id))
		.returning()
		.get();
	writeAudit(
		tx,
		actor,
		{ entity: 'reporting_period', entityId: old.id, operation, before: old, after: row },
		now
	);
}

/** `expected` is the due date the form was loaded with: a changed one means someone else saved. */
export function setDueDate(
	db: DB,
	actor: Actor,
	periodId: number,
	dueDate: string,
	expected: string,
	now = new Date()
): EditResult {
	return db.transaction((tx) => {
		const old = tx.select().from(reportingPeriod).where(eq(reportingPeriod.id, periodId)).get();
		if (!old) return { ok: false, key: 'error.not_found' };
		if (old.dueDate !== expected) return { ok: false, key: 'error.conflict' };
		if (dueDate < old.endDate) return { ok: false, key: 'periods.error.due_before_end' };
		updatePeriod(tx, actor, old, { dueDate }, 'update', now);
		return { ok: true };
	});
}

export function setPeriodStatus(
	db: DB,
	actor: Actor,
	periodId: number,
	status: 'open' | 'closed',
	now = new Date()
): EditResult {
	return db.transaction((tx) => {
		const old = tx.select().from(reportingPeriod).where(eq(reportingPeriod.id, periodId)).get();
		if (!old) return { ok: false, key: 'error.not_found' };
		if (old.status === status) return { ok: true };
		updatePeriod(tx, actor, old, { status }, status === 'open' ? 'open' : 'close', now);
		return { ok: true };
	});
}
