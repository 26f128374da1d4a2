// The reviewers' queue: submitted reports, oldest submission first, filterable by institution,
// aim (plan section) and period.
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { action, institution, planSection, progressReport, reportingPeriod } from '../db/schema';
import type { DB } from '../db/connect';
import { listProgressPeriods } from './periods';

export interface QueueFilter {
	institutionId?: number | null;
	sectionId?: number | null;
	periodId?: number | null;
}

export function reviewQueue(db: Pick<DB, 'select'>, f: QueueFilter = {}) {
	const where: SQL[] = [eq(progressReport.state, 'submitted')];
	if (f.institutionId) where.push(eq(progressReport.institutionId, f.institutionId));
	if (f.sectionId) where.push(eq(action.sectionId, f.sectionId));
	if (f.periodId) where.push(eq(progressReport.periodId, f.periodId));
	return db
		.select({
			id: progressReport.id,
			submittedAt: progressReport.submittedAt,
			status: progressReport.status,
			percent: progressReport.percent,
			actionId: action.id,
			actionCode: action.code,
			textAz: action.textAz,
			textEn: action.textEn,
			sample: action.sample,
			sectionCode: planSection.code,
			institutionCode: institution.code,
			institutionAz: institution.nameAz,
			institutionEn: institution.nameEn,
			periodCode: reportingPeriod.code
		})
		.from(progressReport)
		.innerJoin(action, eq(action.id, progressReport.actionId))
		.innerJoin(institution, eq(institution.id, progressReport.institutionId))
		.innerJoin(reportingPeriod, eq(reportingPeriod.id, progressReport.periodId))
		.leftJoin(planSection, eq(planSection.id, action.sectionId))
		.where(and(...where))
		.orderBy(asc(progressReport.submittedAt), asc(progressReport.id))
		.all();
}

/** Choices for the filters. */
export function queueFilterOptions(db: Pick<DB, 'select' | 'selectDistinct'>) {
	return {
		institutions: db
			.selectDistinct({
				id: institution.id,
				code: institution.code,
				nameAz: institution.nameAz,
				nameEn: institution.nameEn
			})
			.from(progressReport)
			.innerJoin(institution, eq(institution.id, progressReport.institutionId))
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
			.orderBy(asc(planSection.sortOrder))
			.all(),
		periods: listProgressPeriods(db).map((p) => ({ id: p.id, code: p.code }))
	};
}
