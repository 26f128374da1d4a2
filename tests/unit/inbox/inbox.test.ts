import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../helpers/test-db';
import { makeWorld } from '../../factories/progress';
import { makeAction, makePeriod, makeSection } from '../../factories';
import { makeMetric, makeProgressReport, makeStatReport } from '../../factories/reviews';
import { listInbox, inboxFilterOptions, notStarted } from '../../../src/lib/server/inbox/query';
import { afterApprovalHref, nextInInbox } from '../../../src/lib/server/inbox/next';
import { act } from '../../../src/lib/server/progress/reports';
import { changeReportState } from '../../../src/lib/server/statistics/workflow-actions';
import {
	EMPTY_INBOX_FILTER,
	inboxHref,
	inboxItemHref,
	inboxQuery,
	parseInboxFilter,
	type InboxFilter
} from '../../../src/lib/inbox';

const at = (day: number) => new Date(Date.UTC(2024, 6, day, 9));
const me = (u: { id: number; role: string; institutionId: number | null }) => ({
	id: u.id,
	role: u.role,
	institutionId: u.institutionId
});

/**
 * A mixed inbox. Submitted, oldest first: sA (statistics, A, by the admin), p1 (progress, A),
 * sB (statistics, B), p2 (progress, A, second aim). Not submitted: p3 (draft, B), p4 (approved, B).
 */
function mixedInbox() {
	const db = createTestDb();
	const w = makeWorld(db, { code: '2024-H1', startDate: '2024-01-01', endDate: '2024-06-30' });
	const aim2 = makeSection(db, w.plan.id, { code: '2.1', sortOrder: 2 });
	const action2 = makeAction(db, { planId: w.plan.id, sectionId: aim2.id }, [
		{ institutionId: w.instA.id, role: 'lead' }
	]);
	const year = makePeriod(db, {
		scope: 'statistics',
		kind: 'year',
		code: '2023',
		startDate: '2023-01-01',
		endDate: '2023-12-31',
		dueDate: '2024-03-31'
	});
	const metric = makeMetric(db);
	const submitted = (by: number, day: number) => ({
		state: 'submitted' as const,
		submittedBy: by,
		submittedAt: at(day),
		version: 2
	});
	const base = { actionId: w.action.id, periodId: w.period.id };
	const sA = makeStatReport(
		db,
		{ institutionId: w.instA.id, periodId: year.id, ...submitted(w.admin.id, 1) },
		metric.id,
		{ '': 5 }
	);
	const p1 = makeProgressReport(db, {
		...base,
		institutionId: w.instA.id,
		...submitted(w.fpA.id, 2)
	});
	const sB = makeStatReport(
		db,
		{ institutionId: w.instB.id, periodId: year.id, ...submitted(w.fpB.id, 3) },
		metric.id,
		{ '': 7, 'sex=f': 3 }
	);
	const p2 = makeProgressReport(db, {
		actionId: action2.id,
		periodId: w.period.id,
		institutionId: w.instA.id,
		...submitted(w.fpA.id, 4)
	});
	const p3 = makeProgressReport(db, { ...base, institutionId: w.instB.id });
	const p4 = makeProgressReport(db, {
		actionId: action2.id,
		periodId: w.period.id,
		institutionId: w.instB.id,
		state: 'approved',
		submittedAt: at(5)
	});
	return { db, w, aim2, year, sA, p1, sB, p2, p3, p4 };
}

const ids = (items: { kind: string; id: number }[]) => items.map((i) => `${i.kind[0]}${i.id}`);
const f = (o: Partial<InboxFilter> = {}): InboxFilter => ({ ...EMPTY_INBOX_FILTER, ...o });

describe('the reviewers inbox', () => {
	it('lists progress and statistics submissions together, oldest submission first', () => {
		const { db, sA, p1, sB, p2 } = mixedInbox();
		const items = listInbox(db, f());
		expect(ids(items)).toEqual([`s${sA.id}`, `p${p1.id}`, `s${sB.id}`, `p${p2.id}`]);
		const stat = items.find((i) => i.kind === 'statistics' && i.id === sB.id)!;
		expect(stat).toMatchObject({ periodCode: '2023', figures: 2, actionCode: null });
		expect(items.find((i) => i.kind === 'progress')).toMatchObject({ periodCode: '2024-H1' });
	});

	it('filters by kind, institution, period, aim and state', () => {
		const { db, w, aim2, year, sA, p1, sB, p2, p3, p4 } = mixedInbox();
		expect(ids(listInbox(db, f({ kind: 'statistics' })))).toEqual([`s${sA.id}`, `s${sB.id}`]);
		expect(ids(listInbox(db, f({ kind: 'progress' })))).toEqual([`p${p1.id}`, `p${p2.id}`]);
		expect(ids(listInbox(db, f({ institutionId: w.instA.id })))).toEqual([
			`s${sA.id}`,
			`p${p1.id}`,
			`p${p2.id}`
		]);
		expect(ids(listInbox(db, f({ periodId: year.id })))).toEqual([`s${sA.id}`, `s${sB.id}`]);
		expect(ids(listInbox(db, f({ periodId: w.period.id })))).toEqual([`p${p1.id}`, `p${p2.id}`]);
		// an aim leaves progress reports only: statistics belong to no aim
		expect(ids(listInbox(db, f({ sectionId: aim2.id })))).toEqual([`p${p2.id}`]);
		expect(ids(listInbox(db, f({ state: 'approved' })))).toEqual([`p${p4.id}`]);
		// never submitted comes last
		expect(ids(listInbox(db, f({ state: 'all', institutionId: w.instB.id })))).toEqual([
			`s${sB.id}`,
			`p${p4.id}`,
			`p${p3.id}`
		]);
		expect(listInbox(db, f({ kind: 'statistics', sectionId: aim2.id }))).toEqual([]);
	});

	it('behind a completeness cell: the actions owed but not started', () => {
		const { db, w, year } = mixedInbox();
		expect(notStarted(db, w.instA.id, w.period.id)).toEqual([]);
		const third = makeAction(db, { planId: w.plan.id, sectionId: w.section.id }, [
			{ institutionId: w.instA.id, role: 'lead' }
		]);
		expect(notStarted(db, w.instA.id, w.period.id).map((a) => a.id)).toEqual([third.id]);
		expect(notStarted(db, w.instC.id, w.period.id)).toEqual([]);
		expect(notStarted(db, w.instA.id, year.id)).toEqual([]);
	});

	it('offers only institutions with reports, and both kinds of period', () => {
		const { db, w, year } = mixedInbox();
		const o = inboxFilterOptions(db);
		expect(o.institutions.map((i) => i.id).sort()).toEqual([w.instA.id, w.instB.id].sort());
		expect(o.periods).toContainEqual({ id: year.id, code: '2023', scope: 'statistics' });
		expect(o.periods).toContainEqual({ id: w.period.id, code: '2024-H1', scope: 'progress' });
	});
});

describe('approve and open the next', () => {
	it('goes to the next item after the approved one, of either kind, and wraps round', () => {
		const { db, w, sA, p1, sB, p2 } = mixedInbox();
		const r = w.reviewer.id;
		expect(act(db, me(w.reviewer), p1.id, 'approve', 2, null, at(9))).toMatchObject({ ok: true });
		const next = nextInInbox(db, f(), { kind: 'progress', id: p1.id, submittedAt: at(2) }, r);
		expect(next).toMatchObject({ kind: 'statistics', id: sB.id });
		expect(
			changeReportState(db, me(w.reviewer), {
				reportId: sB.id,
				action: 'approve',
				expectedVersion: 2,
				now: at(9)
			})
		).toMatchObject({ ok: true });
		expect(
			nextInInbox(db, f(), { kind: 'statistics', id: sB.id, submittedAt: at(3) }, r)
		).toMatchObject({ kind: 'progress', id: p2.id });
		// the last one: round to the oldest one left
		expect(
			nextInInbox(db, f(), { kind: 'progress', id: p2.id, submittedAt: at(4) }, r)
		).toMatchObject({ kind: 'statistics', id: sA.id });
	});

	it('keeps to the filtered inbox and skips what the reviewer may not approve', () => {
		const { db, w, sA, p1, p2 } = mixedInbox();
		const filter = f({ institutionId: w.instA.id });
		// the admin submitted sA: separation of duties keeps it out of the admin's "next"
		expect(
			nextInInbox(db, filter, { kind: 'progress', id: p2.id, submittedAt: at(4) }, w.admin.id)
		).toMatchObject({ kind: 'progress', id: p1.id });
		expect(
			nextInInbox(db, filter, { kind: 'progress', id: p2.id, submittedAt: at(4) }, w.reviewer.id)
		).toMatchObject({ kind: 'statistics', id: sA.id });
		expect(
			afterApprovalHref(
				db,
				f({ kind: 'progress', institutionId: w.instA.id }),
				{ kind: 'progress', id: p1.id, submittedAt: at(2) },
				w.reviewer.id
			)
		).toBe(
			`/reports/${p2.id}?inbox=kind%3Dprogress%26institution%3D${w.instA.id}&approved=progress`
		);
	});

	it('goes back to the inbox, filters kept, when nothing is left', () => {
		const { db, w, year, sB } = mixedInbox();
		// only sA and sB are in 2023; the admin may not approve sA
		const href = afterApprovalHref(
			db,
			f({ periodId: year.id, state: 'approved' }),
			{ kind: 'statistics', id: sB.id, submittedAt: at(3) },
			w.admin.id
		);
		expect(href).toBe(`/review?period=${year.id}&cleared=statistics`);
	});
});

describe('the inbox filter in the URL', () => {
	it('round-trips, drops junk and defaults, and builds item links', () => {
		const q = new URLSearchParams('kind=statistics&institution=3&period=x&aim=0&state=bogus');
		const filter = parseInboxFilter(q);
		expect(filter).toEqual({ ...EMPTY_INBOX_FILTER, kind: 'statistics', institutionId: 3 });
		expect(inboxQuery(filter)).toBe('kind=statistics&institution=3');
		expect(parseInboxFilter(new URLSearchParams(inboxQuery(filter)))).toEqual(filter);
		expect(inboxQuery(f({ state: 'all', periodId: 7 }))).toBe('period=7&state=all');
		expect(inboxHref('')).toBe('/review');
		expect(
			inboxItemHref({ kind: 'statistics', id: 1, institutionId: 3, periodId: 9 }, 'kind=statistics')
		).toBe('/statistics/3/9?inbox=kind%3Dstatistics');
	});
});
