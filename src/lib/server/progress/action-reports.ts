// One action, every institution's report side by side per period, with the action's overall
// status as of each period by the one rule (plan/action-status.ts). Content is included only
// where the viewer may read it.
import { eq } from 'drizzle-orm';
import { action, progressReport } from '../db/schema';
import { listProgressPeriods } from './periods';
import { actionActiveIn, listActionInstitutions } from './assignments';
import { canReadReport, type Viewer } from './access';
import { combineStatus } from '../plan/action-status';
import type { DB } from '../db/connect';

export function actionReports(db: Pick<DB, 'select'>, viewer: Viewer, actionId: number) {
	const a = db.select().from(action).where(eq(action.id, actionId)).get();
	if (!a) return null;
	const institutions = listActionInstitutions(db, actionId);
	const linked = institutions.map((i) => i.id);
	const periods = listProgressPeriods(db, a.planId).filter((p) => actionActiveIn(a, p));
	const reports = db
		.select()
		.from(progressReport)
		.where(eq(progressReport.actionId, actionId))
		.all();
	const byKey = new Map(reports.map((r) => [`${r.periodId}:${r.institutionId}`, r]));
	const lead = institutions.find((i) => i.role === 'lead') ?? null;
	// each body's latest approved status so far (periods run oldest first)
	const latest = new Map<number, string>();
	return {
		action: a,
		institutions,
		lead,
		periods: periods
			.map((p) => {
				const cells = institutions.map((i) => {
					const r = byKey.get(`${p.id}:${i.id}`) ?? null;
					if (!r) return { institutionId: i.id, report: null, readable: false };
					const readable = canReadReport(viewer, r, linked);
					const { id, state, status, percent, doneAz, doneEn, obstaclesAz, obstaclesEn } = r;
					return {
						institutionId: i.id,
						readable,
						report: readable
							? { id, state, status, percent, doneAz, doneEn, obstaclesAz, obstaclesEn }
							: {
									id: null,
									state,
									status: null,
									percent: null,
									doneAz: null,
									doneEn: null,
									obstaclesAz: null,
									obstaclesEn: null
								}
					};
				});
				for (const c of cells)
					if (c.readable && c.report?.state === 'approved' && c.report.status)
						latest.set(c.institutionId, c.report.status);
				const overall = latest.size ? combineStatus([...latest.values()]) : null;
				return { id: p.id, code: p.code, dueDate: p.dueDate, cells, overall };
			})
			.reverse()
	};
}

/** The plan's action page shows progress to reviewers, admins and the institutions on the action. */
export function progressForActionPage(db: Pick<DB, 'select'>, viewer: Viewer, actionId: number) {
	if (viewer.role !== 'admin' && viewer.role !== 'reviewer' && viewer.role !== 'focal_point')
		return null;
	const data = actionReports(db, viewer, actionId);
	if (!data) return null;
	const onAction = data.institutions.some((i) => i.id === viewer.institutionId);
	if (viewer.role === 'focal_point' && !onAction) return null;
	return { institutions: data.institutions, periods: data.periods };
}
