// Figures published only for several years together, on the real seeded statistics: the announced
// 2020–2021 forced-labour total (8) is stored for that span, never split into years, and every
// range covering the span shows it — so the 2020–2021 crimes total is 311 + 8 + 83 = 402.
import { beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { actorFor, createStatisticsDb, instId, periodId } from '../../factories/statistics';
import { statValue } from '../../../src/lib/server/db/schema';
import { saveCells } from '../../../src/lib/server/statistics/reports';
import {
	resultCells,
	universeColumns,
	yearColumns
} from '../../../src/lib/server/dashboards/results';
import { cellId } from '../../../src/lib/server/dashboards/cube';
import {
	ensureStatSpan,
	listStatPeriods,
	listStatSpans
} from '../../../src/lib/server/statistics/periods';
import type { DB } from '../../../src/lib/server/db/connect';

let db: DB;
beforeAll(() => {
	db = createStatisticsDb();
});

const crimes = (years: number[], protect = false) => {
	const cols = protect ? universeColumns(years) : yearColumns(years);
	const { cells } = resultCells(db, years, cols, { protect, threshold: 4 });
	return (col: string, key: string) => cells.get('crimes_registered')?.get(cellId(col, key));
};

describe('figures for a span of years', () => {
	it('stores the announced 2020–2021 forced-labour figure on the span, not in a year', () => {
		expect(listStatSpans(db).map((p) => p.code)).toEqual(['2020-2021']);
		// a span is not a statistics year: it never shows up where years are listed
		expect(listStatPeriods(db).every((p) => p.kind === 'year')).toBe(true);
	});

	it('the 2020–2021 view shows forced labour 8 and crimes 402', () => {
		const c = crimes([2020, 2021]);
		expect(c('2020-2021', 'article=144-2')).toEqual({ shown: 8 });
		expect(c('2020-2021', 'article=144-1')).toEqual({ shown: 311 });
		expect(c('2020-2021', 'article=144-3')).toEqual({ shown: 83 });
		expect(c('2020-2021', '')).toEqual({ shown: 402 });
		// never split into invented years
		expect(c('2020', 'article=144-2')).toBeUndefined();
		expect(c('2021', 'article=144-2')).toBeUndefined();
	});

	it('every range covering the span shows it once; a range cutting through it does not', () => {
		const c = crimes([2020, 2021, 2022]);
		const shown = (col: string, key: string) => (c(col, key) as { shown: number }).shown;
		// 2020–2022: the span once (8) plus 2022's own 3
		expect(shown('2020-2022', 'article=144-2')).toBe(8 + shown('2022', 'article=144-2'));
		expect(shown('2020-2022', '')).toBe(402 + shown('2022', ''));
		// a range cutting through the span: never the span's figure, only 2022's own, known sum
		// with its missing 2021 named beside it: shown as 2022's own cell
		const cut = resultCells(db, [2021, 2022], yearColumns([2021, 2022]), {
			protect: false,
			threshold: 4
		});
		expect(cut.marks.get('crimes_registered')?.get(cellId('2021-2022', 'article=144-2'))).toEqual({
			lacks: [2021],
			sameAs: cellId('2022', 'article=144-2')
		});
	});

	it('donors see the same figures (not victims: nothing to suppress)', () => {
		const c = crimes([2020, 2021], true);
		expect(c('2020-2021', '')).toEqual({ shown: 402 });
		expect(c('2020-2021', 'article=144-2')).toEqual({ shown: 8 });
	});
});

describe('a span overlapping a year already reported', () => {
	it('is refused for the cell that overlaps, naming it, and nothing is written', () => {
		const db2 = createStatisticsDb();
		const mia = actorFor(db2, 'focal_point', 'MIA');
		const y2023 = periodId(db2, 2023);
		const cell = (key: string, value: number) => ({
			metric: 'crimes_registered',
			key,
			cell: { key, value, notAvailable: false, derived: false, source: 'test' }
		});
		const now = new Date('2024-02-01T10:00:00Z');
		expect(
			saveCells(db2, mia, {
				institutionId: instId(db2, 'MIA'),
				periodId: y2023,
				expectedVersion: 0,
				changes: [cell('article=144-1', 150)],
				now
			}).ok
		).toBe(true);
		const span = ensureStatSpan(db2, 2023, 2024, 'open');
		const before = db2.select({ n: count() }).from(statValue).get()!.n;
		const r = saveCells(db2, mia, {
			institutionId: instId(db2, 'MIA'),
			periodId: span.id,
			expectedVersion: 0,
			changes: [cell('article=144-1', 300), cell('article=144-2', 4)],
			now
		});
		expect(r).toEqual({
			ok: false,
			error: 'span_overlap',
			cells: ['crimes_registered|article=144-1']
		});
		expect(db2.select({ n: count() }).from(statValue).get()!.n).toBe(before);
		// a cell no year inside the span reported is fine
		expect(
			saveCells(db2, mia, {
				institutionId: instId(db2, 'MIA'),
				periodId: span.id,
				expectedVersion: 0,
				changes: [cell('article=144-2', 4)],
				now
			}).ok
		).toBe(true);
		// and the year can no longer take that cell either
		const back = saveCells(db2, mia, {
			institutionId: instId(db2, 'MIA'),
			periodId: y2023,
			expectedVersion: 1,
			changes: [cell('article=144-2', 2)],
			now
		});
		expect(back).toMatchObject({ ok: false, error: 'span_overlap' });
	});
});
