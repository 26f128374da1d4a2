// The /statistics overview: a focal point sees its institution's years; reviewers and admins see
// every reporting institution for one year.
import { and, eq, inArray } from 'drizzle-orm';
import { institution, statReport, type ReportingPeriod } from '../db/schema';
import type { DB } from '../db/connect';
import { metricsForInstitution, reportingInstitutionIds } from './definitions';
import { listStatPeriods, periodYear } from './periods';

export interface ListRow {
	institutionId: number;
	institutionCode: string;
	nameAz: string;
	nameEn: string;
	periodId: number;
	year: number;
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
				periodStatus: p.status,
				dueDate: p.dueDate,
				state: r?.state ?? null,
				updatedAt: r?.updatedAt ?? r?.createdAt ?? null
			});
		}
	return out;
}

export function institutionYears(db: DB, institutionId: number): ListRow[] {
	if (metricsForInstitution(db, institutionId).length === 0) return [];
	return rows(db, [institutionId], listStatPeriods(db));
}

export function periodOverview(db: DB, periodId: number): ListRow[] {
	const period = listStatPeriods(db).find((p) => p.id === periodId);
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
