// One official figure per fact, on the real seeded statistics: a fact two institutions report is
// published once (the official institution's figure), a reviewer can publish the other's figure
// for one year with a reason, and neither choice changes a stored figure; both are audited.
import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import {
	actorFor,
	createStatisticsDb,
	instId,
	periodId,
	SEED_NOW
} from '../../factories/statistics';
import { auditLog, statMetric, statValue } from '../../../src/lib/server/db/schema';
import { loadPublishedReport } from '../../../src/lib/server/statistics/published';
import { chooseOfficialFigure, setCombineMode } from '../../../src/lib/server/statistics/combine';
import { resultCells, yearColumns } from '../../../src/lib/server/dashboards/results';
import { cellId } from '../../../src/lib/server/dashboards/cube';
import { reconcile } from '../../../src/lib/server/statistics/reconcile';
import type { DB } from '../../../src/lib/server/db/connect';

let db: DB;
const metricId = (code: string) =>
	db.select().from(statMetric).where(eq(statMetric.code, code)).get()!.id;

beforeEach(() => {
	db = createStatisticsDb();
});

/** A figure MIA publishes for 2023 beside PGO's (both approved; 2023 has no seeded figure). */
function bothReport(mia: number, pgo: number) {
	for (const [code, value] of [
		['MIA', mia],
		['PGO', pgo]
	] as const)
		loadPublishedReport(db, {
			institutionId: instId(db, code),
			periodId: periodId(db, 2023),
			cells: [
				{
					metricId: metricId('criminal_cases_opened'),
					cell: { key: '', value, notAvailable: false, derived: false, source: 'test' }
				},
				{
					metricId: metricId('investigations_completed'),
					cell: { key: '', value: value - 1, notAvailable: false, derived: false, source: 'test' }
				}
			],
			reason: 'test',
			now: SEED_NOW
		});
}

const published = (metric: string, year: number, institutionIds?: number[]) =>
	resultCells(db, [year], yearColumns([year]), {
		protect: false,
		threshold: 4,
		institutionIds
	})
		.cells.get(metric)
		?.get(cellId(`${year}`, ''));

describe('one official figure per fact', () => {
	it('the seed says how every metric combines, naming a reporting institution when official', () => {
		const metrics = db.select().from(statMetric).all();
		expect(metrics.length).toBeGreaterThan(10);
		for (const m of metrics)
			if (m.combine === 'official') expect(m.officialInstitutionId, m.code).not.toBeNull();
		const by = (code: string) => metrics.find((m) => m.code === code)!;
		expect(by('criminal_cases_opened')).toMatchObject({
			combine: 'official',
			officialInstitutionId: instId(db, 'PGO')
		});
		expect(by('persons_convicted')).toMatchObject({
			combine: 'official',
			officialInstitutionId: instId(db, 'SUPREME_COURT')
		});
		expect(by('assistance_provided').combine).toBe('sum');
	});

	it('publishes the official institution’s figure, never the sum of both', () => {
		bothReport(40, 44);
		expect(published('criminal_cases_opened', 2023)).toEqual({ shown: 44 });
		expect(published('investigations_completed', 2023)).toEqual({ shown: 43 });
		// a reviewer filtering one institution sees that institution's own figure
		expect(published('criminal_cases_opened', 2023, [instId(db, 'MIA')])).toEqual({ shown: 40 });
	});

	it('a reviewer may publish another institution’s figure for one year, with a reason (audited)', () => {
		bothReport(40, 44);
		const reviewer = actorFor(db, 'reviewer');
		const input = {
			metricId: metricId('criminal_cases_opened'),
			periodId: periodId(db, 2023),
			institutionId: instId(db, 'MIA'),
			reason: ''
		};
		expect(chooseOfficialFigure(db, reviewer, input, SEED_NOW)).toEqual({
			ok: false,
			errors: { reason: 'stat.combine.reason_required' }
		});
		expect(published('criminal_cases_opened', 2023)).toEqual({ shown: 44 });
		const ok = chooseOfficialFigure(
			db,
			reviewer,
			{ ...input, reason: 'PGO counted one case twice' },
			SEED_NOW
		);
		expect(ok).toEqual({ ok: true });
		expect(published('criminal_cases_opened', 2023)).toEqual({ shown: 40 });
		// only that metric and that year
		expect(published('investigations_completed', 2023)).toEqual({ shown: 43 });
		const audit = db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entity, 'stat_official_choice'))
			.all();
		expect(audit).toHaveLength(1);
		expect(JSON.parse(audit[0].after!)).toMatchObject({
			institutionId: instId(db, 'MIA'),
			reason: 'PGO counted one case twice'
		});
		// an institution that does not report the metric cannot be chosen
		expect(
			chooseOfficialFigure(
				db,
				reviewer,
				{ ...input, institutionId: instId(db, 'VAC'), reason: 'x' },
				SEED_NOW
			).ok
		).toBe(false);
	});

	it('changing how a metric combines never changes a stored figure, and is audited', () => {
		bothReport(40, 44);
		const admin = actorFor(db, 'admin');
		const before = db.select().from(statValue).all();
		const id = metricId('criminal_cases_opened');
		expect(
			setCombineMode(db, admin, id, { combine: 'official', officialInstitutionId: null }, SEED_NOW)
				.ok
		).toBe(false);
		expect(
			setCombineMode(db, admin, id, { combine: 'sum', officialInstitutionId: null }, SEED_NOW)
		).toEqual({ ok: true });
		expect(published('criminal_cases_opened', 2023)).toEqual({ shown: 84 });
		expect(
			setCombineMode(
				db,
				admin,
				id,
				{ combine: 'official', officialInstitutionId: instId(db, 'MIA') },
				SEED_NOW
			)
		).toEqual({ ok: true });
		expect(published('criminal_cases_opened', 2023)).toEqual({ shown: 40 });
		expect(db.select().from(statValue).all()).toEqual(before);
		const audit = db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entity, 'stat_metric'), eq(auditLog.operation, 'combine')))
			.all();
		expect(audit.map((a) => JSON.parse(a.after!).combine)).toEqual(['sum', 'official']);
	});

	it('the reconciliation shows every institution’s figure beside the published one', () => {
		bothReport(40, 44);
		const { facts } = reconcile(db, periodId(db, 2023));
		// only facts several institutions report as one: never victims identified vs referrals
		expect(facts.map((f) => f.metric)).toEqual(
			expect.arrayContaining(['criminal_cases_opened', 'investigations_completed'])
		);
		expect(facts.map((f) => f.metric)).not.toContain('victims_identified');
		const cases = facts.find((f) => f.metric === 'criminal_cases_opened')!;
		expect(cases.institutions.map((i) => i.code)).toEqual(['MIA', 'PGO']);
		expect(cases.publishedInstitutionId).toBe(instId(db, 'PGO'));
		expect(cases.rows).toEqual([{ key: '', values: [40, 44], published: 44, agree: false }]);
	});
});
