import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { actorFor, createStatisticsDb, instId, periodId } from '../../factories/statistics';
import {
	findReport,
	loadCells,
	saveCells,
	type CellChange
} from '../../../src/lib/server/statistics/reports';
import { changeReportState } from '../../../src/lib/server/statistics/workflow-actions';
import { metricsForInstitution } from '../../../src/lib/server/statistics/definitions';
import {
	auditLog,
	periodException,
	statValue,
	workflowEvent
} from '../../../src/lib/server/db/schema';
import type { DB } from '../../../src/lib/server/db/connect';

const now = new Date('2024-05-02T09:00:00Z');
const cell = (
	metric: string,
	key: string,
	value: number | null,
	o: { na?: boolean; source?: string; derived?: boolean } = {}
): CellChange => ({
	metric,
	key,
	cell: {
		key,
		value,
		notAvailable: o.na ?? false,
		derived: o.derived ?? false,
		source: o.source ?? null
	}
});

let db: DB;
let PGO: number;
let y2023: number;
beforeEach(() => {
	db = createStatisticsDb();
	PGO = instId(db, 'PGO');
	y2023 = periodId(db, 2023);
});

describe('saving statistics', () => {
	it('creates the report on first save, stores "not available" apart from zero, and audits it', () => {
		const pgo = actorFor(db, 'focal_point', 'PGO');
		const r = saveCells(db, pgo, {
			institutionId: PGO,
			periodId: y2023,
			expectedVersion: 0,
			now,
			changes: [
				cell('defendants', '', 0, { source: 'PGO register' }),
				cell('persons_sent_to_court', '', null, { na: true })
			]
		});
		expect(r).toMatchObject({ ok: true, version: 2, changed: 2 });
		const report = findReport(db, PGO, y2023)!;
		const cells = loadCells(db, report.id, metricsForInstitution(db, PGO));
		expect(cells.get('defendants')).toMatchObject([
			{ key: '', value: 0, notAvailable: false, derived: false, source: 'PGO register' }
		]);
		expect(cells.get('persons_sent_to_court')).toMatchObject([
			{ key: '', value: null, notAvailable: true, derived: false, source: null }
		]);
		const audit = db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entity, 'stat_report'), eq(auditLog.operation, 'save_values')))
			.all();
		expect(audit).toHaveLength(1);
		expect(JSON.parse(audit[0].after!)).toHaveLength(2);
	});

	it('refuses a save that started from an old version and keeps the other save', () => {
		const pgo = actorFor(db, 'focal_point', 'PGO');
		saveCells(db, pgo, {
			institutionId: PGO,
			periodId: y2023,
			expectedVersion: 0,
			now,
			changes: [cell('defendants', '', 5)]
		});
		const second = saveCells(db, pgo, {
			institutionId: PGO,
			periodId: y2023,
			expectedVersion: 2,
			now,
			changes: [cell('defendants', '', 6)]
		});
		expect(second).toMatchObject({ ok: true, version: 3 });
		const stale = saveCells(db, pgo, {
			institutionId: PGO,
			periodId: y2023,
			expectedVersion: 2,
			now,
			changes: [cell('defendants', '', 7)]
		});
		expect(stale).toEqual({ ok: false, error: 'conflict' });
		const stale0 = saveCells(db, pgo, {
			institutionId: PGO,
			periodId: y2023,
			expectedVersion: 0,
			now,
			changes: [cell('defendants', '', 8)]
		});
		expect(stale0).toEqual({ ok: false, error: 'conflict' });
		expect(
			db
				.select()
				.from(statValue)
				.where(eq(statValue.reportId, findReport(db, PGO, y2023)!.id))
				.get()!.value
		).toBe(6);
	});

	it('clears a cell when it is emptied', () => {
		const pgo = actorFor(db, 'focal_point', 'PGO');
		saveCells(db, pgo, {
			institutionId: PGO,
			periodId: y2023,
			expectedVersion: 0,
			now,
			changes: [cell('defendants', 'sex=male', 2)]
		});
		saveCells(db, pgo, {
			institutionId: PGO,
			periodId: y2023,
			expectedVersion: 2,
			now,
			changes: [{ metric: 'defendants', key: 'sex=male', cell: null }]
		});
		expect(
			db
				.select()
				.from(statValue)
				.all()
				.filter((v) => v.reportId === findReport(db, PGO, y2023)!.id)
		).toEqual([]);
	});

	it("lets only the institution's focal point (or an admin) write, only its metrics and known cells", () => {
		const vac = actorFor(db, 'focal_point', 'VAC');
		const reviewer = actorFor(db, 'reviewer');
		const donor = actorFor(db, 'donor');
		for (const actor of [vac, reviewer, donor])
			expect(
				saveCells(db, actor, {
					institutionId: PGO,
					periodId: y2023,
					expectedVersion: 0,
					now,
					changes: [cell('defendants', '', 1)]
				})
			).toEqual({ ok: false, error: 'forbidden' });
		const pgo = actorFor(db, 'focal_point', 'PGO');
		expect(
			saveCells(db, pgo, {
				institutionId: PGO,
				periodId: y2023,
				expectedVersion: 0,
				now,
				changes: [cell('victims_identified', '', 1)]
			})
		).toEqual({ ok: false, error: 'invalid_cells' });
		expect(
			saveCells(db, pgo, {
				institutionId: PGO,
				periodId: y2023,
				expectedVersion: 0,
				now,
				changes: [cell('defendants', 'sex=unknown', 1)]
			})
		).toEqual({ ok: false, error: 'invalid_cells' });
		expect(findReport(db, PGO, y2023)).toBeNull();
		const admin = actorFor(db, 'admin');
		expect(
			saveCells(db, admin, {
				institutionId: PGO,
				periodId: y2023,
				expectedVersion: 0,
				now,
				changes: [cell('defendants', '', 1)]
			}).ok
		).toBe(true);
	});

	it('refuses figures for a closed year unless the institution has an exception', () => {
		const pgo = actorFor(db, 'focal_point', 'PGO');
		const y2019 = periodId(db, 2019);
		expect(
			saveCells(db, pgo, {
				institutionId: PGO,
				periodId: y2019,
				expectedVersion: 0,
				now,
				changes: [cell('defendants', '', 1)]
			})
		).toEqual({ ok: false, error: 'period_closed' });
		db.insert(periodException)
			.values({
				periodId: y2019,
				institutionId: PGO,
				untilDate: '2024-06-01',
				reason: 'late figures'
			})
			.run();
		expect(
			saveCells(db, pgo, {
				institutionId: PGO,
				periodId: y2019,
				expectedVersion: 0,
				now,
				changes: [cell('defendants', '', 1)]
			}).ok
		).toBe(true);
	});
});

describe('statistics through the shared workflow', () => {
	it('refuses to submit while a blocking rule fails, then submits, is approved and becomes read-only', () => {
		const pgo = actorFor(db, 'focal_point', 'PGO');
		const reviewer = actorFor(db, 'reviewer');
		saveCells(db, pgo, {
			institutionId: PGO,
			periodId: y2023,
			expectedVersion: 0,
			now,
			changes: [
				cell('defendants', '', 10),
				cell('defendants', 'sex=female', 7),
				cell('defendants', 'sex=male', 4)
			]
		});
		const report = findReport(db, PGO, y2023)!;
		const refused = changeReportState(db, pgo, {
			reportId: report.id,
			action: 'submit',
			expectedVersion: 2,
			now
		});
		expect(refused).toMatchObject({
			ok: false,
			error: 'invalid',
			issues: [expect.objectContaining({ message: 'stat.rule.sum_mismatch' })]
		});
		expect(findReport(db, PGO, y2023)!.state).toBe('draft');

		saveCells(db, pgo, {
			institutionId: PGO,
			periodId: y2023,
			expectedVersion: 2,
			now,
			changes: [cell('defendants', 'sex=male', 3)]
		});
		expect(
			changeReportState(db, reviewer, {
				reportId: report.id,
				action: 'submit',
				expectedVersion: 3,
				now
			})
		).toMatchObject({ ok: false, error: 'forbidden' });
		expect(
			changeReportState(db, pgo, { reportId: report.id, action: 'submit', expectedVersion: 3, now })
		).toMatchObject({ ok: true, state: 'submitted', version: 4 });
		expect(
			saveCells(db, pgo, {
				institutionId: PGO,
				periodId: y2023,
				expectedVersion: 4,
				now,
				changes: [cell('defendants', '', 11)]
			})
		).toEqual({ ok: false, error: 'not_editable' });
		expect(
			changeReportState(db, pgo, {
				reportId: report.id,
				action: 'approve',
				expectedVersion: 4,
				now
			})
		).toMatchObject({ ok: false, error: 'forbidden' });
		expect(
			changeReportState(db, reviewer, {
				reportId: report.id,
				action: 'approve',
				expectedVersion: 4,
				now
			})
		).toMatchObject({ ok: true, state: 'approved' });
		const events = db
			.select()
			.from(workflowEvent)
			.where(
				and(eq(workflowEvent.subjectType, 'statistics'), eq(workflowEvent.subjectId, report.id))
			)
			.all();
		expect(events.map((e) => e.toState)).toEqual(['submitted', 'approved']);
	});

	it('a reviewer returns with a reason and the focal point can edit again', () => {
		const pgo = actorFor(db, 'focal_point', 'PGO');
		const reviewer = actorFor(db, 'reviewer');
		saveCells(db, pgo, {
			institutionId: PGO,
			periodId: y2023,
			expectedVersion: 0,
			now,
			changes: [cell('defendants', '', 10)]
		});
		const id = findReport(db, PGO, y2023)!.id;
		changeReportState(db, pgo, { reportId: id, action: 'submit', expectedVersion: 2, now });
		expect(
			changeReportState(db, reviewer, { reportId: id, action: 'return', expectedVersion: 3, now })
		).toMatchObject({ ok: false, error: 'reason_required' });
		expect(
			changeReportState(db, reviewer, {
				reportId: id,
				action: 'return',
				expectedVersion: 3,
				reason: 'Add the sex breakdown',
				now
			})
		).toMatchObject({ ok: true, state: 'returned' });
		expect(
			saveCells(db, pgo, {
				institutionId: PGO,
				periodId: y2023,
				expectedVersion: 4,
				now,
				changes: [cell('defendants', 'sex=female', 10)]
			}).ok
		).toBe(true);
	});

	it('refuses to submit a report without any figure', () => {
		const pgo = actorFor(db, 'focal_point', 'PGO');
		saveCells(db, pgo, {
			institutionId: PGO,
			periodId: y2023,
			expectedVersion: 0,
			now,
			changes: [cell('defendants', '', 1)]
		});
		saveCells(db, pgo, {
			institutionId: PGO,
			periodId: y2023,
			expectedVersion: 2,
			now,
			changes: [{ metric: 'defendants', key: '', cell: null }]
		});
		const id = findReport(db, PGO, y2023)!.id;
		expect(
			changeReportState(db, pgo, { reportId: id, action: 'submit', expectedVersion: 3, now })
		).toEqual({ ok: false, error: 'empty' });
	});

	it('refuses to submit into a closed year', () => {
		const pgo = actorFor(db, 'focal_point', 'PGO');
		const y2024 = periodId(db, 2024);
		saveCells(db, pgo, {
			institutionId: PGO,
			periodId: y2024,
			expectedVersion: 0,
			now,
			changes: [cell('defendants', '', 1)]
		});
		db.$client.prepare('update reporting_period set status = ? where id = ?').run('closed', y2024);
		const id = findReport(db, PGO, y2024)!.id;
		expect(
			changeReportState(db, pgo, { reportId: id, action: 'submit', expectedVersion: 2, now })
		).toEqual({ ok: false, error: 'period_closed' });
	});
});
