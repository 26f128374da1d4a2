// Cross-classifications entered in the statistics grid, on the real seeded definitions: the grid
// offers victims by form of exploitation × country of exploitation, a partial cross table is
// saved, a part larger than its row or column total is refused with the cell named (az/en) and
// nothing written; the results view shows the entered cross as a two-way table.
import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { actorFor, createStatisticsDb, instId, periodId } from '../../factories/statistics';
import { statValue } from '../../../src/lib/server/db/schema';
import { gridMetrics } from '../../../src/lib/server/statistics/view';
import { saveCells, type CellChange } from '../../../src/lib/server/statistics/reports';
import { changeReportState } from '../../../src/lib/server/statistics/workflow-actions';
import { loadMetrics } from '../../../src/lib/server/statistics/definitions';
import { issueText } from '../../../src/lib/statistics-ui';
import { getResultsView } from '../../../src/lib/server/dashboards/results-view';
import type { DB } from '../../../src/lib/server/db/connect';

let db: DB;
beforeAll(() => {
	db = createStatisticsDb();
});

const V = 'victims_identified';
const cell = (key: string, value: number): CellChange => ({
	metric: V,
	key,
	cell: { key, value, notAvailable: false, derived: false, source: null }
});
const values = () => db.select({ n: count() }).from(statValue).get()!.n;

describe('a cross table in the grid', () => {
	it('offers exploitation × country of exploitation as a block of the grid', () => {
		const metric = gridMetrics(db, instId(db, 'MIA'), new Map()).find((m) => m.code === V)!;
		const block = metric.layout.filter((c) => c.block === 'exploitation×exploited_in');
		// 3 forms × 10 countries, keys canonical (dimensions sorted by code)
		expect(block).toHaveLength(30);
		expect(block.map((c) => c.key)).toContain('exploitation=sexual;exploited_in=TR');
	});

	it('saves a partial cross table and refuses a part larger than its total, naming it', () => {
		const fp = actorFor(db, 'focal_point', 'MIA');
		const at = { institutionId: instId(db, 'MIA'), periodId: periodId(db, 2023), now: new Date() };
		const first = saveCells(db, fp, {
			...at,
			expectedVersion: 0,
			changes: [
				cell('', 20),
				cell('exploitation=sexual', 12),
				cell('exploitation=forced_labour', 8),
				cell('exploited_in=TR', 9),
				cell('exploited_in=AZ', 11),
				// partial: only two inner cells
				cell('exploitation=sexual;exploited_in=TR', 9),
				cell('exploitation=forced_labour;exploited_in=AZ', 7)
			]
		});
		expect(first).toMatchObject({ ok: true, changed: 7 });
		if (!first.ok) return;
		const before = values();

		// a cell above its row total (forced labour 8) and its column total (Azerbaijan 11)
		const over = saveCells(db, fp, {
			...at,
			expectedVersion: first.version,
			changes: [cell('exploitation=forced_labour;exploited_in=AZ', 12)]
		});
		expect(over.ok).toBe(false);
		if (over.ok || over.error !== 'exceeds') throw new Error('expected a refusal');
		const metrics = loadMetrics(db);
		const texts = (l: 'az' | 'en') => over.issues.map((i) => issueText(i, { metrics }, l));
		expect(texts('en')).toContain(
			'Form of exploitation: Forced labour × Country of exploitation: Azerbaijan (12) is larger than its total Form of exploitation: Forced labour (8). Nothing was saved.'
		);
		expect(texts('en')).toContain(
			'Form of exploitation: Forced labour × Country of exploitation: Azerbaijan (12) is larger than its total Country of exploitation: Azerbaijan (11). Nothing was saved.'
		);
		expect(texts('az').join(' ')).toContain('Məcburi əmək');
		expect(texts('az').join(' ')).toContain('Heç nə saxlanmadı');
		// parts that together exceed their total (9 + 4 > 12), each below it
		const sum = saveCells(db, fp, {
			...at,
			expectedVersion: first.version,
			changes: [cell('exploitation=sexual;exploited_in=AE', 4)]
		});
		expect(sum).toMatchObject({ ok: false, error: 'exceeds' });
		if (!sum.ok && sum.error === 'exceeds')
			expect(issueText(sum.issues[0], { metrics }, 'en')).toBe(
				'The parts of Form of exploitation: Sexual exploitation by Country of exploitation add up to 13, more than its 12. Nothing was saved.'
			);
		// nothing of either refused save was written
		expect(values()).toBe(before);
		const stored = db
			.select()
			.from(statValue)
			.where(
				and(
					eq(statValue.reportId, first.reportId),
					eq(statValue.categoryKey, 'exploitation=forced_labour;exploited_in=AZ')
				)
			)
			.get();
		expect(stored?.value).toBe(7);

		// approved, the cross table reaches the results view: rows × columns with "not stated"
		const reviewer = actorFor(db, 'reviewer');
		const submitted = changeReportState(db, fp, {
			reportId: first.reportId,
			action: 'submit',
			expectedVersion: first.version,
			now: new Date()
		});
		expect(submitted.ok).toBe(true);
		expect(
			changeReportState(db, reviewer, {
				reportId: first.reportId,
				action: 'approve',
				expectedVersion: first.version + 1,
				now: new Date()
			}).ok
		).toBe(true);
		const view = getResultsView(db, {
			plan: null,
			fromYear: 2023,
			toYear: 2023,
			aim: null,
			exact: true,
			threshold: 4
		});
		const t = view.tables.find(
			(x) => x.id === 'cross-victims_identified-exploitation-exploited_in'
		)!;
		expect(t.title.en).toBe(
			'Victims identified, by form of exploitation and country of exploitation, 2023 (persons)'
		);
		const grid = Object.fromEntries(
			t.rows.map((r) => [
				r.label.en,
				Object.fromEntries(
					t.columns.map((c, i) => [
						c.label.en,
						r.cells[i] && 'shown' in r.cells[i]! ? r.cells[i]!.shown : null
					])
				)
			])
		);
		expect(grid).toEqual({
			'Sexual exploitation': { Azerbaijan: null, Türkiye: 9, 'Not stated': 3, Total: 12 },
			'Forced labour': { Azerbaijan: 7, Türkiye: null, 'Not stated': 1, Total: 8 },
			// the 4 persons of unknown exploitation in Azerbaijan are the 3 + 1 of unknown country:
			// the two "not stated" parts overlap, so their corner has no figure
			'Not stated': { Azerbaijan: 4, Türkiye: 0, 'Not stated': null, Total: null },
			Total: { Azerbaijan: 11, Türkiye: 9, 'Not stated': null, Total: 20 }
		});
		const ns = t.rows.find((r) => r.label.en === 'Not stated')!;
		expect(ns.unavailable?.[t.columns.findIndex((c) => c.label.en === 'Not stated')]).toBe(true);
		// an inner cell not given in a year whose cross table is given is in "not stated"
		const sexual = t.rows.find((r) => r.label.en === 'Sexual exploitation')!;
		expect(sexual.notStated?.[t.columns.findIndex((c) => c.label.en === 'Azerbaijan')]).toBe(true);
	});
});
