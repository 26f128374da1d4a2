// One reviewers' inbox for both kinds of submission: progress reports (one per action, institution
// and half-year) and statistics reports (one per institution and year). Oldest submission first;
// filterable by kind, institution, period, aim (progress only) and state.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
	action,
	institution,
	planSection,
	progressReport,
	reportingPeriod,
	statReport,
	statValue,
	type WorkflowState
} from '../db/schema';
import type { DB } from '../db/connect';
import { periodAssignments } from '../progress/status';
import { getPeriod } from '../progress/periods';
import { institutionLabel, institutionRef } from '../institutions';
import type { InboxFilter, InboxKind } from '../../inbox';

type Q = Pick<DB, 'select'>;

export interface InboxItem {
	kind: InboxKind;
	id: number;
	state: WorkflowState;
	submittedAt: Date | null;
	submittedBy: number | null;
	institutionId: number;
	institutionCode: string;
	institutionAz: string;
	institutionEn: string;
	periodId: number;
	periodCode: string;
	/** progress: the action and its implementation status */
	actionCode: string | null;
	textAz: string | null;
	textEn: string | null;
	sample: boolean;
	status: string | null;
	percent: number | null;
	/** statistics: how many figures the report holds */
	figures: number | null;
}

const states = (f: InboxFilter): WorkflowState[] | null => (f.state === 'all' ? null : [f.state]);

/**
 * Both kinds of report are one submission shape (state, submission, institution, period): the
 * filters on it and the columns of it an inbox item shows are the same for both.
 */
function submissions(t: typeof progressReport | typeof statReport, f: InboxFilter) {
	const st = states(f);
	return {
		where: [
			st ? inArray(t.state, st) : undefined,
			f.institutionId ? eq(t.institutionId, f.institutionId) : undefined,
			f.periodId ? eq(t.periodId, f.periodId) : undefined
		],
		columns: {
			id: t.id,
			state: t.state,
			submittedAt: t.submittedAt,
			submittedBy: t.submittedBy,
			institutionId: institution.id,
			...institutionLabel,
			periodId: reportingPeriod.id,
			periodCode: reportingPeriod.code
		}
	};
}

function progressItems(db: Q, f: InboxFilter): InboxItem[] {
	const { where, columns } = submissions(progressReport, f);
	return db
		.select({
			...columns,
			actionCode: action.code,
			textAz: action.textAz,
			textEn: action.textEn,
			sample: action.sample,
			status: progressReport.status,
			percent: progressReport.percent
		})
		.from(progressReport)
		.innerJoin(action, eq(action.id, progressReport.actionId))
		.innerJoin(institution, eq(institution.id, progressReport.institutionId))
		.innerJoin(reportingPeriod, eq(reportingPeriod.id, progressReport.periodId))
		.where(and(...where, f.sectionId ? eq(action.sectionId, f.sectionId) : undefined))
		.all()
		.map((r) => ({ ...r, kind: 'progress' as const, sample: !!r.sample, figures: null }));
}

function statisticsItems(db: Q, f: InboxFilter): InboxItem[] {
	const { where, columns } = submissions(statReport, f);
	const figures = sql<number>`(select count(*) from ${statValue} where ${statValue.reportId} = ${statReport.id})`;
	return db
		.select({ ...columns, figures })
		.from(statReport)
		.innerJoin(institution, eq(institution.id, statReport.institutionId))
		.innerJoin(reportingPeriod, eq(reportingPeriod.id, statReport.periodId))
		.where(and(...where))
		.all()
		.map((r) => ({
			...r,
			kind: 'statistics' as const,
			actionCode: null,
			textAz: null,
			textEn: null,
			sample: false,
			status: null,
			percent: null
		}));
}

const KIND_ORDER: Record<InboxKind, number> = { progress: 0, statistics: 1 };

/** The inbox's order: oldest submission first (never submitted last), then kind, then id. */
export function compareInbox(
	a: Pick<InboxItem, 'submittedAt' | 'kind' | 'id'>,
	b: Pick<InboxItem, 'submittedAt' | 'kind' | 'id'>
): number {
	const at = (x: typeof a) => (x.submittedAt ? x.submittedAt.getTime() : Number.MAX_SAFE_INTEGER);
	return at(a) - at(b) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id - b.id;
}

export function listInbox(db: Q, f: InboxFilter): InboxItem[] {
	const items = [
		...(f.kind === 'statistics' ? [] : progressItems(db, f)),
		// statistics reports belong to no aim: filtering by aim leaves progress reports only
		...(f.kind === 'progress' || f.sectionId ? [] : statisticsItems(db, f))
	];
	return items.sort(compareInbox);
}

/** Choices for the filters: institutions with any report, aims, and both kinds of period. */
export function inboxFilterOptions(db: Q) {
	const withReports = sql`${institution.id} in (select ${progressReport.institutionId} from ${progressReport} union select ${statReport.institutionId} from ${statReport})`;
	return {
		institutions: db
			.select(institutionRef)
			.from(institution)
			.where(withReports)
			.orderBy(asc(institution.code))
			.all(),
		sections: db
			.select({
				id: planSection.id,
				code: planSection.code,
				titleAz: planSection.titleAz,
				titleEn: planSection.titleEn
			})
			.from(planSection)
			.orderBy(asc(planSection.planId), asc(planSection.sortOrder))
			.all(),
		periods: db
			.select({ id: reportingPeriod.id, code: reportingPeriod.code, scope: reportingPeriod.scope })
			.from(reportingPeriod)
			.orderBy(asc(reportingPeriod.scope), sql`${reportingPeriod.startDate} desc`)
			.all()
	};
}

/**
 * The actions an institution owes a report on in a progress period but has not started: with the
 * reports of any state, what is behind a completeness cell ("3/5").
 */
export function notStarted(db: Q, institutionId: number, periodId: number) {
	const period = getPeriod(db, periodId);
	if (!period || period.scope !== 'progress') return [];
	const owed = periodAssignments(db, period).get(institutionId) ?? [];
	if (!owed.length) return [];
	const started = new Set(
		db
			.select({ actionId: progressReport.actionId })
			.from(progressReport)
			.where(
				and(eq(progressReport.institutionId, institutionId), eq(progressReport.periodId, periodId))
			)
			.all()
			.map((r) => r.actionId)
	);
	const missing = owed.filter((id) => !started.has(id));
	if (!missing.length) return [];
	return db
		.select({ id: action.id, code: action.code, textAz: action.textAz, textEn: action.textEn })
		.from(action)
		.where(inArray(action.id, missing))
		.orderBy(asc(action.sortKey))
		.all();
}
