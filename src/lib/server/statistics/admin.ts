// Admin changes to statistics definitions. Codes are part of stored keys and files, so a code in
// use is locked, and a dimension or category that stored figures use cannot be taken away.
import { and, eq, getTableName, inArray, ne, type SQL } from 'drizzle-orm';
import {
	institution,
	statCategory,
	statDimension,
	statMetric,
	statMetricDimension,
	statMetricInstitution,
	statValue
} from '../db/schema';
import type { SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core';
import { writeAudit, type Actor, type Tx } from '../audit';
import type { DB } from '../db/connect';
import type { MetricInput, NamedInput } from '../forms/metric-form';
import { parseKey } from './keys';

export type AdminResult = { ok: true; id: number } | { ok: false; errors: Record<string, string> };

const refuse = (field: string, key: string): AdminResult => ({
	ok: false,
	errors: { [field]: key }
});

const getDimension = (db: DB, id: number) =>
	db.select().from(statDimension).where(eq(statDimension.id, id)).get();

// a category only through its own dimension, so a mismatched URL finds nothing
const getCategory = (db: DB, dimensionId: number, id: number) =>
	db
		.select()
		.from(statCategory)
		.where(and(eq(statCategory.id, id), eq(statCategory.dimensionId, dimensionId)))
		.get();

/** Stored keys, optionally only of some metrics, parsed. */
function storedParts(db: DB, metricIds?: number[]) {
	const q = db
		.selectDistinct({ metricId: statValue.metricId, key: statValue.categoryKey })
		.from(statValue);
	const rows = metricIds
		? q.where(inArray(statValue.metricId, metricIds.length ? metricIds : [-1])).all()
		: q.all();
	return rows.map((r) => ({ metricId: r.metricId, parts: parseKey(r.key) ?? {} }));
}

export function dimensionInUse(db: DB, code: string, metricId?: number): boolean {
	return storedParts(db, metricId ? [metricId] : undefined).some((r) => code in r.parts);
}

export function categoryInUse(db: DB, dimCode: string, catCode: string): boolean {
	return storedParts(db).some((r) => r.parts[dimCode] === catCode);
}

type DefinitionTable = typeof statMetric | typeof statDimension | typeof statCategory;

// another row (than `id`) of the table has the code; categories' codes are unique per dimension
function codeTaken<T extends DefinitionTable>(
	db: DB,
	table: T,
	code: string,
	id: number | null,
	scope?: SQL
): boolean {
	const other = id ? ne(table.id, id) : undefined;
	return (
		db
			.select({ id: table.id })
			.from(table)
			.where(and(eq(table.code, code), other, scope))
			.get() !== undefined
	);
}

// Writes a definition row (a new one when `id` is null), then `links` (a metric's dimensions and
// institutions), and audits the change, in one transaction.
function writeDefinition<T extends DefinitionTable>(
	db: DB,
	actor: Actor,
	now: Date,
	table: T,
	change: {
		id: number | null;
		before: unknown;
		row: T['$inferInsert'] & SQLiteUpdateSetSource<T>;
	},
	links: { after?: unknown; write?: (tx: Tx, id: number) => void } = {}
): AdminResult {
	const { id, before, row } = change;
	// the audit names a definition by its table, as every other audit entry does
	return db.transaction((tx) => {
		const rowId = id ?? tx.insert(table).values(row).returning({ id: table.id }).get().id;
		if (id) tx.update(table).set(row).where(eq(table.id, id)).run();
		links.write?.(tx, rowId);
		const operation = id ? 'update' : 'create';
		writeAudit(
			tx,
			actor,
			{
				entity: getTableName(table),
				entityId: rowId,
				operation,
				before,
				after: links.after ?? row
			},
			now
		);
		return { ok: true, id: rowId } as const;
	});
}

export function saveMetric(
	db: DB,
	actor: Actor,
	id: number | null,
	input: MetricInput,
	now: Date
): AdminResult {
	const before = id ? db.select().from(statMetric).where(eq(statMetric.id, id)).get() : undefined;
	if (id && !before) return refuse('form', 'stat.error.not_found');
	if (codeTaken(db, statMetric, input.code, id)) return refuse('code', 'stat.admin.code_taken');
	const hasValues = id
		? db
				.select({ id: statValue.id })
				.from(statValue)
				.where(eq(statValue.metricId, id))
				.limit(1)
				.get()
		: undefined;
	if (before && hasValues && before.code !== input.code)
		return refuse('code', 'stat.admin.code_locked');
	const dims = db.select().from(statDimension).all();
	if (!input.dimensions.every((d) => dims.some((x) => x.id === d.dimensionId)))
		return refuse('form', 'stat.admin.dimension_invalid');
	const known = db
		.select({ id: institution.id })
		.from(institution)
		.all()
		.map((r) => r.id);
	const institutionIds = input.institutionIds.filter((i) => known.includes(i));
	if (id) {
		const kept = new Set(input.dimensions.map((d) => d.dimensionId));
		const removed = db
			.select()
			.from(statMetricDimension)
			.where(eq(statMetricDimension.metricId, id))
			.all()
			.filter((l) => !kept.has(l.dimensionId));
		const dropped = removed
			.map((l) => dims.find((d) => d.id === l.dimensionId)!)
			.find((d) => dimensionInUse(db, d.code, id));
		if (dropped) return refuse('form', 'stat.admin.dimension_in_use');
	}
	const row = {
		code: input.code,
		nameAz: input.nameAz,
		nameEn: input.nameEn,
		descriptionAz: input.descriptionAz,
		descriptionEn: input.descriptionEn,
		unit: input.unit,
		sensitive: input.sensitive,
		active: input.active,
		sortOrder: input.sortOrder
	};
	const after = { ...row, dimensions: input.dimensions, institutionIds };
	const change = { id, before, row };
	return writeDefinition(db, actor, now, statMetric, change, { after, write: writeLinks });

	function writeLinks(tx: Tx, metricId: number) {
		tx.delete(statMetricDimension).where(eq(statMetricDimension.metricId, metricId)).run();
		input.dimensions.forEach((d, i) =>
			tx
				.insert(statMetricDimension)
				.values({ metricId, dimensionId: d.dimensionId, optional: d.optional, sortOrder: i + 1 })
				.run()
		);
		tx.delete(statMetricInstitution).where(eq(statMetricInstitution.metricId, metricId)).run();
		for (const institutionId of institutionIds)
			tx.insert(statMetricInstitution).values({ metricId, institutionId }).run();
	}
}

export function saveDimension(
	db: DB,
	actor: Actor,
	id: number | null,
	input: NamedInput,
	now: Date
): AdminResult {
	const before = id ? getDimension(db, id) : undefined;
	if (id && !before) return refuse('form', 'stat.error.not_found');
	if (codeTaken(db, statDimension, input.code, id)) return refuse('code', 'stat.admin.code_taken');
	if (before && before.code !== input.code && dimensionInUse(db, before.code))
		return refuse('code', 'stat.admin.code_locked');
	const row = { code: input.code, nameAz: input.nameAz, nameEn: input.nameEn };
	return writeDefinition(db, actor, now, statDimension, { id, before, row });
}

export function saveCategory(
	db: DB,
	actor: Actor,
	dimensionId: number,
	id: number | null,
	input: NamedInput,
	now: Date
): AdminResult {
	const dim = getDimension(db, dimensionId);
	const before = id ? getCategory(db, dimensionId, id) : undefined;
	if (!dim || (id && !before)) return refuse('form', 'stat.error.not_found');
	const sameDimension = eq(statCategory.dimensionId, dimensionId);
	if (codeTaken(db, statCategory, input.code, id, sameDimension))
		return refuse('code', 'stat.admin.code_taken');
	if (before && before.code !== input.code && categoryInUse(db, dim.code, before.code))
		return refuse('code', 'stat.admin.code_locked');
	const row = {
		dimensionId,
		code: input.code,
		nameAz: input.nameAz,
		nameEn: input.nameEn,
		glotip: input.glotip,
		sortOrder: input.sortOrder
	};
	return writeDefinition(db, actor, now, statCategory, { id, before, row });
}

export function deleteCategory(
	db: DB,
	actor: Actor,
	dimensionId: number,
	id: number,
	now: Date
): AdminResult {
	const dim = getDimension(db, dimensionId);
	const cat = getCategory(db, dimensionId, id);
	if (!dim || !cat) return refuse('form', 'stat.error.not_found');
	if (categoryInUse(db, dim.code, cat.code)) return refuse('form', 'stat.admin.category_in_use');
	return db.transaction((tx) => {
		tx.delete(statCategory).where(eq(statCategory.id, id)).run();
		writeAudit(
			tx,
			actor,
			{ entity: 'stat_category', entityId: id, operation: 'delete', before: cat },
			now
		);
		return { ok: true, id } as const;
	});
}
