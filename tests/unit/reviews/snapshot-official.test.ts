// A snapshot freezes which institution's figure an 'official' metric publishes: a reviewer's later
// choice of another institution's figure changes live data, never what the snapshot publishes.
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../helpers/test-db';
import { makeMetric, makeStatReport, makeReviewPlan } from '../../factories/reviews';
import { createSnapshot } from '../../../src/lib/server/reviews/snapshots';
import {
	combineRules,
	liveSource,
	statisticRows
} from '../../../src/lib/server/reviews/snapshot-source';
import { buildPackData } from '../../../src/lib/server/reviews/pack/data';
import {
	chooseOfficialFigure,
	officialRows,
	setCombineMode
} from '../../../src/lib/server/statistics/combine';
import {
	resultTable,
	snapshotCombine,
	statMetricInstitution
} from '../../../src/lib/server/db/schema';

const NOW = new Date('2023-03-01T10:00:00Z');

describe('snapshots freeze the official-source choice', () => {
	it('a later choice or a changed official institution does not change a snapshot', () => {
		const db = createTestDb();
		const f = makeReviewPlan(db);
		const metric = makeMetric(db, { code: 'criminal_cases_opened', sensitive: false });
		// published on the results page (and so in the pack) as a table of its own
		db.insert(resultTable)
			.values({ code: 'cases', aim: 2, chart: 'bar', metricId: metric.id })
			.run();
		for (const inst of [f.instA, f.instB])
			db.insert(statMetricInstitution)
				.values({ metricId: metric.id, institutionId: inst.id })
				.run();
		const reviewer = { id: f.reviewer.id, role: 'reviewer' as const };
		expect(
			setCombineMode(
				db,
				reviewer,
				metric.id,
				{ combine: 'official', officialInstitutionId: f.instA.id },
				NOW
			)
		).toEqual({ ok: true });
		const approved = (institutionId: number, total: number) =>
			makeStatReport(
				db,
				{
					institutionId,
					periodId: f.statPeriod.id,
					state: 'approved',
					reviewedAt: new Date('2022-03-10T00:00:00Z')
				},
				metric.id,
				{ '': total }
			);
		approved(f.instA.id, 40);
		approved(f.instB.id, 55);

		const r = createSnapshot(
			db,
			reviewer,
			{ planId: f.plan.id, name: 'Review', asOf: '2022-10-04' },
			NOW
		);
		if (!r.ok) throw new Error('snapshot failed');
		const snap = { kind: 'snapshot' as const, planId: f.plan.id, snapshot: r.snapshot };
		const live = liveSource(f.plan.id, NOW);
		const published = (src: typeof snap | typeof live) =>
			officialRows(combineRules(db, src), statisticRows(db, src))
				.filter((x) => x.metricId === metric.id)
				.map((x) => x.value);
		// the pack prints the results view of its source: the "criminal cases" table, 2021
		const packFigure = (src: typeof snap | typeof live) => {
			const table = buildPackData(db, {
				source: src,
				scope: { kind: 'plan' },
				locale: 'en',
				audience: 'internal',
				now: NOW
			})!.results.tables.find((t) => t.id === 'cases')!;
			const [row] = table.rows;
			const cell = row.cells[table.columns.findIndex((c) => c.id === '2021')];
			return cell && 'shown' in cell ? [cell.shown] : [];
		};
		expect(published(snap)).toEqual([40]);
		expect(packFigure(snap)).toEqual([40]);

		// later: a reviewer publishes B's figure for 2021, then the admin makes B the official source
		expect(
			chooseOfficialFigure(
				db,
				reviewer,
				{
					metricId: metric.id,
					periodId: f.statPeriod.id,
					institutionId: f.instB.id,
					reason: 'B counted the cases of the whole year'
				},
				NOW
			)
		).toEqual({ ok: true });
		expect(published(live)).toEqual([55]);
		expect(packFigure(live)).toEqual([55]);
		expect(published(snap)).toEqual([40]);
		expect(packFigure(snap)).toEqual([40]);

		setCombineMode(
			db,
			reviewer,
			metric.id,
			{ combine: 'official', officialInstitutionId: f.instB.id },
			NOW
		);
		expect(published(snap)).toEqual([40]);
		expect(packFigure(snap)).toEqual([40]);

		// a 'sum' metric at the time of the snapshot stays a sum there
		setCombineMode(db, reviewer, metric.id, { combine: 'sum', officialInstitutionId: null }, NOW);
		expect(published(live)).toEqual([40, 55]);
		expect(published(snap)).toEqual([40]);

		// the frozen rules are as immutable as the rest of the snapshot
		expect(() => db.update(snapshotCombine).set({ institutionId: f.instB.id }).run()).toThrow(
			/immutable/
		);
		expect(() => db.delete(snapshotCombine).run()).toThrow(/immutable/);
	});
});
