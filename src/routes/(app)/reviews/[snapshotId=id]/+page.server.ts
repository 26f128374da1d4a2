import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { getSnapshot, progressRows, statisticRows } from '$lib/server/reviews/snapshot-source';
import { listSnapshots } from '$lib/server/reviews/snapshots';
import { buildPackData } from '$lib/server/reviews/pack/data';
import { loadPlanView } from '$lib/server/reviews/plan-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'reviewer', 'admin');
	const snapshot = getSnapshot(db, Number(event.params.snapshotId));
	if (!snapshot) error(404, { message: 'not_found' });
	const source = { kind: 'snapshot' as const, planId: snapshot.planId, snapshot };
	const view = loadPlanView(db, snapshot.planId)!;
	const periods = new Map(view.periods.map((p) => [p.id, p.code]));
	const actions = new Map(view.actions.map((a) => [a.id, a]));
	const reports = progressRows(db, source)
		.map((r) => {
			const a = actions.get(r.actionId);
			const inst = view.institutions.get(r.institutionId);
			return {
				key: `${r.actionId}:${r.institutionId}`,
				code: a?.code ?? `#${r.actionId}`,
				sortKey: a?.sortKey ?? '',
				institution: inst ? { az: inst.nameAz, en: inst.nameEn } : { az: '', en: '' },
				period: periods.get(r.periodId) ?? `#${r.periodId}`,
				status: r.status,
				percent: r.percent
			};
		})
		.sort((x, y) => x.sortKey.localeCompare(y.sortKey));
	const pack = buildPackData(db, {
		source,
		scope: { kind: 'plan' },
		locale: event.locals.locale,
		audience: 'internal',
		now: new Date()
	})!;
	return {
		snapshot,
		createdBy:
			listSnapshots(db, snapshot.planId).find((s) => s.id === snapshot.id)?.createdByName ?? null,
		aims: pack.aims.map(({ actions: _a, ...aim }) => aim),
		legend: pack.legend,
		reports,
		statisticCount: statisticRows(db, source).length
	};
};
