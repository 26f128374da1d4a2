// Separation of duties (issue 12 item 5): whoever submitted a report cannot approve it, an admin
// included; the refusal is audited; someone else can approve. Progress and statistics reports
// share the workflow, so both are checked.
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDb } from './../helpers/test-db';
import { makeWorld, reportIn } from '../factories/progress';
import { makeUser } from '../factories';
import { actorFor, createStatisticsDb, instId, periodId } from '../factories/statistics';
import { availableActions, transition } from '../../src/lib/server/workflow';
import { availableStatActions } from '../../src/lib/server/statistics/permissions';
import { findReport, saveCells } from '../../src/lib/server/statistics/reports';
import { auditLog, progressReport, statReport } from '../../src/lib/server/db/schema';
import type { DB } from '../../src/lib/server/db/connect';

const as = (u: { id: number; role: string; institutionId: number | null }) => ({
	id: u.id,
	role: u.role,
	institutionId: u.institutionId
});
const refusals = (db: DB, entity: string, id: number) =>
	db
		.select()
		.from(auditLog)
		.where(
			and(
				eq(auditLog.entity, entity),
				eq(auditLog.entityId, String(id)),
				eq(auditLog.operation, 'approve_refused_own_submission')
			)
		)
		.all();

describe('separation of duties on progress reports', () => {
	it('an admin who submitted cannot approve; the attempt is audited; another admin can', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = reportIn(db, w, 'draft');
		const admin = as(w.admin);
		const go = (actor: typeof admin, action: 'submit' | 'approve', v: number) =>
			transition(db, actor, {
				subjectType: 'progress',
				subjectId: r.id,
				action,
				expectedVersion: v
			});
		expect(go(admin, 'submit', 1)).toMatchObject({ ok: true, state: 'submitted', version: 2 });
		expect(availableActions(admin, 'submitted', w.instA.id, admin.id)).not.toContain('approve');
		expect(availableActions(admin, 'submitted', w.instA.id, admin.id)).toContain('return');

		expect(go(admin, 'approve', 2)).toEqual({ ok: false, error: 'own_submission' });
		const row = db.select().from(progressReport).where(eq(progressReport.id, r.id)).get()!;
		expect(row).toMatchObject({ state: 'submitted', version: 2, reviewedBy: null });
		const audit = refusals(db, 'progress_report', r.id);
		expect(audit).toHaveLength(1);
		expect(audit[0].actorId).toBe(admin.id);

		const second = as(makeUser(db, { role: 'admin' }));
		expect(availableActions(second, 'submitted', w.instA.id, admin.id)).toContain('approve');
		expect(go(second, 'approve', 2)).toMatchObject({ ok: true, state: 'approved' });
	});

	it('the usual path is untouched: a focal point submits, a reviewer approves', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = reportIn(db, w, 'draft');
		const step = (actor: ReturnType<typeof as>, action: 'submit' | 'approve', v: number) =>
			transition(db, actor, {
				subjectType: 'progress',
				subjectId: r.id,
				action,
				expectedVersion: v
			});
		expect(step(as(w.fpA), 'submit', 1)).toMatchObject({ ok: true });
		expect(availableActions(as(w.reviewer), 'submitted', w.instA.id, w.fpA.id)).toContain(
			'approve'
		);
		expect(step(as(w.reviewer), 'approve', 2)).toMatchObject({ ok: true, state: 'approved' });
		expect(refusals(db, 'progress_report', r.id)).toHaveLength(0);
	});

	it('a report submitted by someone else (or by nobody recorded) can be approved by the admin', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = reportIn(db, w, 'submitted');
		expect(
			transition(db, as(w.admin), {
				subjectType: 'progress',
				subjectId: r.id,
				action: 'approve',
				expectedVersion: 1
			})
		).toMatchObject({ ok: true, state: 'approved' });
	});
});

describe('separation of duties on statistics reports', () => {
	it('an admin who entered and submitted the figures cannot approve them', () => {
		const db = createStatisticsDb();
		const PGO = instId(db, 'PGO');
		const y = periodId(db, 2023);
		const admin = actorFor(db, 'admin');
		const now = new Date('2024-05-02T09:00:00Z');
		const saved = saveCells(db, admin, {
			institutionId: PGO,
			periodId: y,
			expectedVersion: 0,
			changes: [],
			now
		});
		expect(saved.ok).toBe(true);
		const report = findReport(db, PGO, y)!;
		const go = (actor: typeof admin, action: 'submit' | 'approve') =>
			transition(db, actor, {
				subjectType: 'statistics',
				subjectId: report.id,
				action,
				expectedVersion: db.select().from(statReport).where(eq(statReport.id, report.id)).get()!
					.version,
				now
			});
		expect(go(admin, 'submit')).toMatchObject({ ok: true, state: 'submitted' });
		expect(availableStatActions(admin, 'submitted', PGO, admin.id)).not.toContain('approve');
		expect(go(admin, 'approve')).toEqual({ ok: false, error: 'own_submission' });
		expect(refusals(db, 'stat_report', report.id)).toHaveLength(1);
		const reviewer = actorFor(db, 'reviewer');
		expect(availableStatActions(reviewer, 'submitted', PGO, admin.id)).toContain('approve');
		expect(go(reviewer, 'approve')).toMatchObject({ ok: true, state: 'approved' });
	});
});
