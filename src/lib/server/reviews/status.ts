// How a review reads the reports: one status per action by the rule of plan/action-status.ts,
// and which bodies are behind with their reporting as of a date.
import { bakuDay } from '../../dates';
import type { ActionStatus } from '../plan/action-status';
import type { ProgressRow } from './snapshot-source';
import type { PlanView, ViewAction } from './plan-view';

export function rowsByAction(rows: ProgressRow[]): Map<number, ProgressRow[]> {
	const m = new Map<number, ProgressRow[]>();
	for (const r of rows) {
		const list = m.get(r.actionId) ?? [];
		list.push(r);
		m.set(r.actionId, list);
	}
	return m;
}

/**
 * The latest progress period due by `asOf` in which the action was running: a plan action runs
 * in the years of its period; a decision from the day of its meeting until it is due.
 */
export function requiredPeriod(view: PlanView, a: ViewAction, asOf: string) {
	if (a.withdrawnAt && bakuDay(a.withdrawnAt) <= asOf) return null;
	let best: PlanView['periods'][number] | null = null;
	for (const p of view.periods) {
		if (p.dueDate > asOf) continue;
		const year = Number(p.startDate.slice(0, 4));
		if (a.kind === 'decision') {
			if (a.heldOn !== null && p.endDate < a.heldOn) continue;
		} else if (
			(a.startYear !== null && year < a.startYear) ||
			(a.endYear !== null && year > a.endYear)
		) {
			continue;
		}
		if (best === null || p.endDate > best.endDate) best = p;
	}
	return best;
}

export interface OverdueItem {
	actionId: number;
	institutionId: number;
	/** the period whose report is missing */
	periodId: number;
}

/**
 * Reports that are overdue as of `asOf`: a lead or co-implementing body whose latest approved
 * report is older than the latest period due by then (or that has none), unless it already
 * reported the action completed or not applicable. "Recommended" bodies (courts, the Ombudsman)
 * cannot be directed and are not counted.
 */
export function overdueReports(view: PlanView, rows: ProgressRow[], asOf: string): OverdueItem[] {
	const periodEnd = new Map(view.periods.map((p) => [p.id, p.endDate]));
	const latest = new Map(rows.map((r) => [`${r.actionId}:${r.institutionId}`, r]));
	const out: OverdueItem[] = [];
	for (const a of view.actions) {
		const need = requiredPeriod(view, a, asOf);
		if (need === null) continue;
		for (const link of a.institutions) {
			if (link.role === 'recommended') continue;
			const r = latest.get(`${a.id}:${link.institutionId}`);
			if (r && (r.status === 'completed' || r.status === 'not_applicable')) continue;
			const end = r ? periodEnd.get(r.periodId) : undefined;
			if (end === undefined || end < need.endDate) {
				out.push({ actionId: a.id, institutionId: link.institutionId, periodId: need.id });
			}
		}
	}
	return out;
}

/** Overdue report counts per institution. */
export function overdueByInstitution(items: OverdueItem[]): Map<number, number> {
	const m = new Map<number, number>();
	for (const i of items) m.set(i.institutionId, (m.get(i.institutionId) ?? 0) + 1);
	return m;
}

/** Whether an action is late as of a date: past its end year (or due date) and not completed. */
export function isPastDeadline(a: ViewAction, status: ActionStatus, asOf: string): boolean {
	if (status === 'completed' || status === 'not_applicable') return false;
	if (a.withdrawnAt && bakuDay(a.withdrawnAt) <= asOf) return false;
	if (a.dueDate) return a.dueDate < asOf;
	return a.endYear !== null && `${a.endYear}-12-31` < asOf;
}
