// Comparing two review states (a snapshot with another, or with now): which actions changed
// status, which were newly completed, which are still delayed; which bodies were and are behind
// with their reports; which approved figures changed.
import type { DB } from '../db/connect';
import { loadPlanView, leadsOf, type PlanView } from './plan-view';
import {
	progressRows,
	sourceDate,
	statisticRows,
	type Source,
	type StatisticRow
} from './snapshot-source';
import { actionStatuses, type ActionStatus } from '../plan/action-status';
import { overdueByInstitution, overdueReports } from './status';
import { parseId } from '../../ids';

export interface ActionChange {
	actionId: number;
	code: string;
	kind: 'action' | 'decision';
	sectionId: number | null;
	textAz: string | null;
	textEn: string | null;
	leadIds: number[];
	institutionIds: number[];
	before: ActionStatus;
	after: ActionStatus;
	changed: boolean;
	newlyCompleted: boolean;
	stillDelayed: boolean;
}

export interface InstitutionOverdue {
	institutionId: number;
	before: number;
	after: number;
}

export interface StatisticChange {
	metricId: number;
	institutionId: number;
	periodId: number;
	categoryKey: string;
	before: number | null;
	after: number | null;
	beforeNotAvailable: boolean;
	afterNotAvailable: boolean;
	kind: 'added' | 'removed' | 'changed';
}

export interface Comparison {
	view: PlanView;
	before: { source: Source; date: string };
	after: { source: Source; date: string };
	actions: ActionChange[];
	institutions: InstitutionOverdue[];
	statistics: StatisticChange[];
}

export function compareSources(db: DB, before: Source, after: Source): Comparison | null {
	const view = loadPlanView(db, before.planId);
	if (!view) return null;
	const dateA = sourceDate(before);
	const dateB = sourceDate(after);
	const rowsA = progressRows(db, before);
	const rowsB = progressRows(db, after);
	const statusA = actionStatuses(rowsA);
	const statusB = actionStatuses(rowsB);

	const actions: ActionChange[] = view.actions.map((a) => {
		const s1 = statusA.get(a.id) ?? 'no_report';
		const s2 = statusB.get(a.id) ?? 'no_report';
		return {
			actionId: a.id,
			code: a.code,
			kind: a.kind,
			sectionId: a.sectionId,
			textAz: a.textAz,
			textEn: a.textEn,
			leadIds: leadsOf(a),
			institutionIds: a.institutions.map((i) => i.institutionId),
			before: s1,
			after: s2,
			changed: s1 !== s2,
			newlyCompleted: s2 === 'completed' && s1 !== 'completed',
			stillDelayed: s1 === 'delayed' && s2 === 'delayed'
		};
	});

	const odA = overdueByInstitution(overdueReports(view, rowsA, dateA));
	const odB = overdueByInstitution(overdueReports(view, rowsB, dateB));
	const institutions = [...new Set([...odA.keys(), ...odB.keys()])]
		.map((id) => ({ institutionId: id, before: odA.get(id) ?? 0, after: odB.get(id) ?? 0 }))
		.sort((x, y) => y.after - x.after || y.before - x.before || x.institutionId - y.institutionId);

	return {
		view,
		before: { source: before, date: dateA },
		after: { source: after, date: dateB },
		actions,
		institutions,
		statistics: diffStatistics(statisticRows(db, before), statisticRows(db, after))
	};
}

const statKey = (r: StatisticRow) =>
	`${r.metricId}|${r.institutionId}|${r.periodId}|${r.categoryKey}`;

export function diffStatistics(before: StatisticRow[], after: StatisticRow[]): StatisticChange[] {
	const a = new Map(before.map((r) => [statKey(r), r]));
	const b = new Map(after.map((r) => [statKey(r), r]));
	const out: StatisticChange[] = [];
	for (const key of new Set([...a.keys(), ...b.keys()])) {
		const x = a.get(key);
		const y = b.get(key);
		const base = (x ?? y)!;
		if (x && y && x.value === y.value && x.notAvailable === y.notAvailable) continue;
		out.push({
			metricId: base.metricId,
			institutionId: base.institutionId,
			periodId: base.periodId,
			categoryKey: base.categoryKey,
			before: x?.value ?? null,
			after: y?.value ?? null,
			beforeNotAvailable: x?.notAvailable ?? false,
			afterNotAvailable: y?.notAvailable ?? false,
			kind: !x ? 'added' : !y ? 'removed' : 'changed'
		});
	}
	return out.sort(
		(p, q) =>
			p.metricId - q.metricId ||
			p.periodId - q.periodId ||
			p.institutionId - q.institutionId ||
			p.categoryKey.localeCompare(q.categoryKey)
	);
}

export const ACTION_FILTERS = ['all', 'changed', 'newly_completed', 'still_delayed'] as const;
export type ActionFilter = (typeof ACTION_FILTERS)[number];

export interface CompareFilter {
	show: ActionFilter;
	sectionId: number | null;
	institutionId: number | null;
}

export function filterActions(rows: ActionChange[], f: CompareFilter): ActionChange[] {
	return rows.filter(
		(r) =>
			(f.show === 'all' ||
				(f.show === 'changed' && r.changed) ||
				(f.show === 'newly_completed' && r.newlyCompleted) ||
				(f.show === 'still_delayed' && r.stillDelayed)) &&
			(f.sectionId === null || r.sectionId === f.sectionId) &&
			(f.institutionId === null || r.institutionIds.includes(f.institutionId))
	);
}

/** Reads the filter from query parameters; unknown values fall back to "everything". */
export function parseCompareFilter(params: URLSearchParams): CompareFilter {
	const show = params.get('show') ?? 'changed';
	return {
		show: (ACTION_FILTERS as readonly string[]).includes(show) ? (show as ActionFilter) : 'all',
		sectionId: parseId(params.get('section')),
		institutionId: parseId(params.get('institution'))
	};
}
