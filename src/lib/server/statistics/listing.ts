// The /statistics overview: a focal point sees its institution's years and spans; reviewers and
// admins see every reporting institution for one year or span. A span (figures published only
// for several years together, e.g. 2020–2021) is listed beside the years, where users look.
import { and, eq, inArray } from 'drizzle-orm';
import { institution, statReport, type ReportingPeriod } from '../db/schema';
import type { DB } from '../db/connect';
import { metricsForInstitution, reportingInstitutionIds } from './definitions';
import { listStatPeriods, listStatSpans, periodYear } from './periods';

export interface ListRow {
	institutionId: number;
	institutionCode: string;
	nameAz: string;
	nameEn: string;
	periodId: number;
	year: number;
	/** '2021', or '2020–2021' for a span */
	label: string;
	span: boolean;
	periodStatus: 'open' | 'closed';
	dueDate: string;
	state: string | null;
	updatedAt: Date | null;
}

function rows(db: DB, instIds: number[], periods: ReportingPeriod[]): ListRow[] {
	if (!instIds.length || !periods.length) return [];
	const insts = db.select().from(institution).where(inArray(institution.id, instIds)).all();
	const reports = db
		.select()
		.from(statReport)
		.where(
			and(
				inArray(statReport.institutionId, instIds),
				inArray(
					statReport.periodId,
					periods.map((p) => p.id)
				)
			)
		)
		.all();
	const out: ListRow[] = [];
	for (const p of periods)
		for (const i of insts) {
			const r = reports.find((x) => x.institutionId === i.id && x.periodId === p.id);
			out.push({
				institutionId: i.id,
				institutionCode: i.code,
				nameAz: i.nameAz,
				nameEn: i.nameEn,
				periodId: p.id,
				year: periodYear(p),
				label: periodLabel(p),
				span: p.kind === 'span',
				periodStatus: p.status,
				dueDate: p.dueDate,
				state: r?.state ?? null,
				updatedAt: r?.updatedAt ?? r?.createdAt ?? null
			});
		}
	return out;
}

/** A year's number, or a span's years ('2020–2021'). */
export function periodLabel(p: Pick<ReportingPeriod, 'kind' | 'startDate' | 'endDate'>): string {
	const from = periodYear(p);
	const to = Number(p.endDate.slice(0, 4));
	return p.kind === 'span' && to !== from ? `${from}–${to}` : `${from}`;
}

/**
 * Years and spans, newest first; a span right after the last year it covers (2021, 2020–2021,
 * 2020), so it is found where its years are.
 */
export function listStatPeriodsAndSpans(db: DB): ReportingPeriod[] {
	return [...listStatPeriods(db), ...listStatSpans(db)].sort(
		(a, b) =>
			b.startDate.localeCompare(a.startDate) || b.endDate.localeCompare(a.endDate) || b.id - a.id
	);
}

export function institutionYears(db: DB, institutionId: number): ListRow[] {
	if (metricsForInstitution(db, institutionId).length === 0) return [];
	return rows(db, [institutionId], listStatPeriodsAndSpans(db));
}

export function periodOverview(db: DB, periodId: number): ListRow[] {
	const period = listStatPeriodsAndSpans(db).find((p) => p.id === periodId);
	return period ? rows(db, reportingInstitutionIds(db), [period]) : [];
}

/** The year a reviewer sees first: the latest open one, else the latest. */
export function defaultPeriod(db: DB): ReportingPeriod | null {
	const all = listStatPeriods(db);
	return all.find((p) => p.status === 'open') ?? all[0] ?? null;
}

export function institutionName(db: DB, id: number) {
	return db.select().from(institution).where(eq(institution.id, id)).get() ?? null;
}
