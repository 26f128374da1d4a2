// Everything the report page shows, read in one place; the route decides what the viewer may see.
import { asc, eq } from 'drizzle-orm';
import { action, indicator, indicatorValue, institution, planSection, user } from '../db/schema';
import { getReport } from './reports';
import { getException, getPeriod } from './periods';
import { listActionInstitutions } from './assignments';
import type { DB } from '../db/connect';

export function reportDetail(db: Pick<DB, 'select'>, id: number) {
	const report = getReport(db, id);
	if (!report) return null;
	const act = db.select().from(action).where(eq(action.id, report.actionId)).get()!;
	const section = act.sectionId
		? (db.select().from(planSection).where(eq(planSection.id, act.sectionId)).get() ?? null)
		: null;
	const inst = db.select().from(institution).where(eq(institution.id, report.institutionId)).get()!;
	const period = getPeriod(db, report.periodId)!;
	const values = new Map(
		db
			.select()
			.from(indicatorValue)
			.where(eq(indicatorValue.reportId, id))
			.all()
			.map((v) => [v.indicatorId, v.value])
	);
	const indicators = db
		.select()
		.from(indicator)
		.where(eq(indicator.actionId, act.id))
		.orderBy(asc(indicator.sortOrder), asc(indicator.id))
		.all()
		.map((i) => ({ ...i, value: values.get(i.id) ?? null }));
	const names = (uid: number | null) =>
		uid === null
			? null
			: (db.select({ name: user.name }).from(user).where(eq(user.id, uid)).get()?.name ?? null);
	return {
		report,
		action: act,
		section,
		institution: inst,
		period,
		exception: getException(db, period.id, inst.id),
		partners: listActionInstitutions(db, act.id),
		indicators,
		submittedByName: names(report.submittedBy),
		reviewedByName: names(report.reviewedBy),
		updatedByName: names(report.updatedBy)
	};
}
