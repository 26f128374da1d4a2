// Admin placement of metrics on the results page and the donor view (result_table rows). A
// published table appears on both with no code change; the donor view protects it by the
// disclosure rule when its metric is sensitive (counts persons), as every other table.
import { and, eq } from 'drizzle-orm';
import { resultRow, resultTable, statDimension, statMetricDimension } from '../db/schema';
import { writeAudit, type Actor, type Tx } from '../audit';
import type { DB } from '../db/connect';
import type { ResultTableInput } from '../forms/result-table-form';
import type { Bilingual } from '../../safe-table';

export type TableResult = { ok: true; id: number } | { ok: false; errors: Record<string, string> };

export interface MetricTable {
	id: number;
	code: string;
	dimensionId: number | null;
	aim: number;
	sortOrder: number;
	chart: string;
	published: boolean;
	titleAz: string | null;
	titleEn: string | null;
}

/** The metric's own tables, and the tables of chosen rows (the funnel) that show it. */
export function metricTables(
	db: DB,
	metricId: number
): { own: MetricTable[]; shared: { code: string; title: Bilingual; published: boolean }[] } {
	const own = db
		.select()
		.from(resultTable)
		.where(eq(resultTable.metricId, metricId))
		.orderBy(resultTable.aim, resultTable.sortOrder, resultTable.id)
		.all();
	const shared = db
		.selectDistinct({ t: resultTable })
		.from(resultTable)
		.innerJoin(resultRow, eq(resultRow.tableId, resultTable.id))
		.where(eq(resultRow.metricId, metricId))
		.orderBy(resultTable.id)
		.all()
		.map(({ t }) => ({
			code: t.code,
			title: { az: t.titleAz ?? t.code, en: t.titleEn ?? t.code },
			published: t.published
		}));
	return { own: own.map(({ metricId: _, dimensionId, ...t }) => ({ ...t, dimensionId })), shared };
}

export function saveMetricTable(
	db: DB,
	actor: Actor,
	metric: { id: number; code: string },
	tableId: number | null,
	input: ResultTableInput,
	now: Date
): TableResult {
	const before = tableId
		? db
				.select()
				.from(resultTable)
				.where(and(eq(resultTable.id, tableId), eq(resultTable.metricId, metric.id)))
				.get()
		: undefined;
	if (tableId && !before) return { ok: false, errors: { form: 'stat.error.not_found' } };
	let dimCode: string | null = null;
	if (input.dimensionId !== null) {
		const linked = db
			.select({ code: statDimension.code })
			.from(statMetricDimension)
			.innerJoin(statDimension, eq(statDimension.id, statMetricDimension.dimensionId))
			.where(
				and(
					eq(statMetricDimension.metricId, metric.id),
					eq(statMetricDimension.dimensionId, input.dimensionId)
				)
			)
			.get();
		if (!linked) return { ok: false, errors: { dimensionId: 'stat.pub.error.dimension' } };
		dimCode = linked.code;
	}
	const row = {
		metricId: metric.id,
		dimensionId: input.dimensionId,
		aim: input.aim,
		sortOrder: input.sortOrder,
		chart: input.chart,
		published: input.published,
		titleAz: input.titleAz,
		titleEn: input.titleEn
	};
	return db.transaction((tx) => {
		let id = tableId;
		if (id) tx.update(resultTable).set(row).where(eq(resultTable.id, id)).run();
		else {
			const code = freeCode(tx, `${metric.code}${dimCode ? `_${dimCode}` : ''}`);
			id = tx
				.insert(resultTable)
				.values({ ...row, code })
				.returning()
				.get().id;
		}
		writeAudit(
			tx,
			actor,
			{
				entity: 'result_table',
				entityId: id,
				operation: tableId ? 'update' : 'create',
				before,
				after: row
			},
			now
		);
		return { ok: true, id } as const;
	});
}

export function deleteMetricTable(
	db: DB,
	actor: Actor,
	metricId: number,
	tableId: number,
	now: Date
): TableResult {
	const before = db
		.select()
		.from(resultTable)
		.where(and(eq(resultTable.id, tableId), eq(resultTable.metricId, metricId)))
		.get();
	if (!before) return { ok: false, errors: { form: 'stat.error.not_found' } };
	return db.transaction((tx) => {
		tx.delete(resultTable).where(eq(resultTable.id, tableId)).run();
		writeAudit(
			tx,
			actor,
			{ entity: 'result_table', entityId: tableId, operation: 'delete', before },
			now
		);
		return { ok: true, id: tableId } as const;
	});
}

/** `base`, or `base_2`, `base_3`… when a table already has that code (its id in pages). */
function freeCode(tx: Tx, base: string): string {
	for (let n = 1; ; n++) {
		const code = n === 1 ? base : `${base}_${n}`;
		const taken = tx
			.select({ id: resultTable.id })
			.from(resultTable)
			.where(eq(resultTable.code, code))
			.get();
		if (!taken) return code;
	}
}
