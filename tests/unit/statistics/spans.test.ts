// Figures published only for several years together, on the real seeded statistics: the announced
// 2020–2021 forced-labour total (8) is stored for that span, never split into years, and every
// range covering the span shows it — so the 2020–2021 crimes total is 311 + 8 + 83 = 402.
import { beforeAll, describe, expect, it } from 'vitest';
import { createStatisticsDb } from '../../factories/statistics';
import {
	resultCells,
	universeColumns,
	yearColumns
} from '../../../src/lib/server/dashboards/results';
import { cellId } from '../../../src/lib/server/dashboards/cube';
import { listStatPeriods, listStatSpans } from '../../../src/lib/server/statistics/periods';
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
		expect(crimes([2021, 2022])('2021-2022', 'article=144-2')).toBeUndefined();
	});

	it('donors see the same figures (not victims: nothing to suppress)', () => {
		const c = crimes([2020, 2021], true);
		expect(c('2020-2021', '')).toEqual({ shown: 402 });
		expect(c('2020-2021', 'article=144-2')).toEqual({ shown: 8 });
	});
});
