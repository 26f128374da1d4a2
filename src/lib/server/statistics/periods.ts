// Statistics periods: calendar years, rows of reporting_period with scope 'statistics' and no
// plan (the figures outlive any one plan, and earlier years serve as baselines). Rows with a plan
// are not statistics years, even with scope 'statistics', so that no year ever exists twice.
import { and, asc, desc, eq, isNull, ne, type SQL } from 'drizzle-orm';
import { reportingPeriod, type ReportingPeriod } from '../db/schema';
import type { DB } from '../db/connect';
import { writeAudit, type Actor } from '../audit';
import { getPeriod, periodAcceptsWork } from '../progress/periods';

// statistics periods are rows of scope 'statistics' with no plan, plus what narrows them
function statWhere(...more: SQL[]) {
	return and(eq(reportingPeriod.scope, 'statistics'), isNull(reportingPeriod.planId), ...more);
}

// statistics periods are those with no plan; `years` or `spans` by their kind
function statRows(db: DB, spans: boolean): ReportingPeriod[] {
	return db
		.select()
		.from(reportingPeriod)
		.where(statWhere(spans ? eq(reportingPeriod.kind, 'span') : ne(reportingPeriod.kind, 'span')))
		.orderBy(spans ? asc(reportingPeriod.startDate) : desc(reportingPeriod.startDate))
		.all();
}

/** Statistics years, newest first (spans of several years are listed by `listStatSpans`). */
export function listStatPeriods(db: DB): ReportingPeriod[] {
	return statRows(db, false);
}

/** Statistics periods covering several years, for figures published only for those years together. */
export function listStatSpans(db: DB): ReportingPeriod[] {
	return statRows(db, true);
}

// The statistics period from the start of `from` to the end of `to`, created if missing (the
// unique index does not cover NULL plans, so it is looked up first). Figures for it are due with
// the National Coordinator's annual information, by 31 March of the following year.
function ensureStatRow(
	db: Pick<DB, 'select' | 'insert'>,
	kind: 'year' | 'span',
	code: string,
	from: number,
	to: number,
	status: 'open' | 'closed'
): ReportingPeriod {
	const existing = db
		.select()
		.from(reportingPeriod)
		.where(statWhere(eq(reportingPeriod.code, code)))
		.get();
	if (existing) return existing;
	return db
		.insert(reportingPeriod)
		.values({
			planId: null,
			scope: 'statistics',
			kind,
			code,
			startDate: `${from}-01-01`,
			endDate: `${to}-12-31`,
			dueDate: `${to + 1}-03-31`,
			status
		})
		.returning()
		.get();
}

/** Creates the span `from`–`to` if it does not exist (closed: its figures are published ones). */
export function ensureStatSpan(
	db: Pick<DB, 'select' | 'insert'>,
	from: number,
	to: number,
	status: 'open' | 'closed' = 'closed'
): ReportingPeriod {
	return ensureStatRow(db, 'span', `${from}-${to}`, from, to, status);
}

export function getStatPeriod(db: DB, id: number): ReportingPeriod | null {
	const p = getPeriod(db, id);
	return p && p.scope === 'statistics' && p.planId === null ? p : null;
}

export function periodYear(p: Pick<ReportingPeriod, 'startDate'>): number {
	return Number(p.startDate.slice(0, 4));
}

export function statPeriodForYear(db: DB, year: number): ReportingPeriod | null {
	return listStatPeriods(db).find((p) => p.kind === 'year' && periodYear(p) === year) ?? null;
}

/** Creates the statistics year if it does not exist. */
export function ensureStatPeriod(
	db: Pick<DB, 'select' | 'insert'>,
	year: number,
	status: 'open' | 'closed'
): ReportingPeriod {
	return ensureStatRow(db, 'year', String(year), year, year, status);
}

/**
 * Open periods accept figures; a closed one only from an institution with a current exception:
 * the progress periods' rule, without its allowance for returned reports.
 */
export function acceptsSubmissions(
	db: DB,
	period: ReportingPeriod,
	institutionId: number,
	now: Date
): boolean {
	return periodAcceptsWork(db, period, institutionId, null, now);
}

/** Admin: open or close a statistics year (audited). */
export function setStatPeriodStatus(
	db: DB,
	actor: Actor,
	periodId: number,
	status: 'open' | 'closed',
	now: Date
): boolean {
	const p = getStatPeriod(db, periodId);
	if (!p) return false;
	db.transaction((tx) => {
		tx.update(reportingPeriod).set({ status }).where(eq(reportingPeriod.id, p.id)).run();
		writeAudit(
			tx,
			actor,
			{
				entity: 'reporting_period',
				entityId: p.id,
				operation: 'set_status',
				before: { status: p.status },
				after: { status }
			},
			now
		);
	});
	return true;
}

/** Admin: add the statistics year after the latest one, open. */
export function addNextStatYear(db: DB, actor: Actor, now: Date): ReportingPeriod {
	const latest = listStatPeriods(db)[0];
	const year = latest ? periodYear(latest) + 1 : now.getUTCFullYear();
	return db.transaction((tx) => {
		const p = ensureStatPeriod(tx, year, 'open');
		writeAudit(
			tx,
			actor,
			{
				entity: 'reporting_period',
				entityId: p.id,
				operation: 'create',
				after: { scope: 'statistics', year }
			},
			now
		);
		return p;
	});
}
