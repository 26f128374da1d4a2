// The admin's metric page lists the tables of chosen rows (the funnel) that show the metric, each
// once however many of its rows the metric fills, beside the metric's own tables.
import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createStatisticsDb } from '../../factories/statistics';
import { resultRow, resultTable, statMetric } from '../../../src/lib/server/db/schema';
import { metricTables } from '../../../src/lib/server/dashboards/result-tables';
import type { DB } from '../../../src/lib/server/db/connect';

let db: DB;
beforeEach(() => {
	db = createStatisticsDb();
});

const metricId = (code: string) =>
	db.select().from(statMetric).where(eq(statMetric.code, code)).get()!.id;

describe('metricTables', () => {
	it('names each table of chosen rows that shows the metric once, by its title', () => {
		const funnel = db.select().from(resultTable).where(eq(resultTable.code, 'funnel')).get()!;
		const id = metricId('crimes_registered');
		// a second row of the same metric in the same table: still one table
		db.insert(resultRow).values({ tableId: funnel.id, metricId: id, categoryKey: 'x=y' }).run();
		const { own, shared } = metricTables(db, id);
		expect(shared).toEqual([
			{
				code: 'funnel',
				title: { az: funnel.titleAz ?? 'funnel', en: funnel.titleEn ?? 'funnel' },
				published: funnel.published
			}
		]);
		expect(own.map((t) => t.code)).toContain('crimes');
	});

	it('lists no shared table for a metric no table of chosen rows shows', () => {
		const inFunnel = new Set(
			db
				.select()
				.from(resultRow)
				.all()
				.map((r) => r.metricId)
		);
		const other = db
			.select()
			.from(statMetric)
			.all()
			.find((m) => !inFunnel.has(m.id))!;
		expect(metricTables(db, other.id).shared).toEqual([]);
	});
});
