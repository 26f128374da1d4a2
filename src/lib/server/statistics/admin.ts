// Admin changes to statistics definitions. Codes are part of stored keys and files, so a code in
// use is locked, and a dimension or category that stored figures use cannot be taken away.
import { and, eq, inArray, ne } from 'drizzle-orm';
import {
	institution,
	statCategory,
	statDimension,
	statMetric,
	statMetricDimension,
	statMetricInstitution,
	statValue
} from '../db/schema';
import { writeAudit, type Actor } from '../audit';
import type { DB } from '../db/connect';
import type { MetricInput, NamedInput } from '../forms/metric-form';
import { parseKey } from './keys';

export type AdminResult = { ok: true; id: number } | { ok: false; errors: Record<string, string> };

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

export function saveMetric(
	db: DB,
	actor: Actor,
	id: number | null,
	input: MetricInput,
	now: Date
): AdminResult {
	const before = id ? db.select().from(statMetric).where(eq(statMetric.id, id)).get() : undefined;
	if (id && !before) return { ok: false, errors: { form: 'stat.error.not_found' } };
	const taken = db
		.select()
		.from(statMetric)
		.where(and(eq(statMetric.code, input.code), id ? ne(statMetric.id, id) : undefined))
		.get();
	if (taken) return { ok: false, errors: { code: 'stat.admin.code_taken' } };
	const hasValues = id
		? db
				.select({ id: statValue.id })
				.from(statValue)
				.where(eq(statValue.metricId, id))
				.limit(1)
				.get()
		: undefined;
	if (before && hasValues && before.code !== input.code)
		return { ok: false, errors: { code: 'stat.admin.code_locked' } };
	const dims = db.select().from(statDimension).all();
	if (!input.dimensions.every((d) => dims.some((x) => x.id === d.dimensionId)))
		return { ok: false, errors: { form: 'stat.admin.dimension_invalid' } };
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
		if (dropped) return { ok: false, errors: { form: 'stat.admin.dimension_in_use' } };
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
	return db.transaction((tx) => {
		const metricId = id ?? tx.insert(statMetric).values(row).returning().get().id;
		if (id) tx.update(statMetric).set(row).where(eq(statMetric.id, id)).run();
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
		writeAudit(
			tx,
			actor,
			{
				entity: 'stat_metric',
				entityId: metricId,
				operation: id ? 'update' : 'create',
				before,
				after: { ...row, dimensions: input.dimensions, institutionIds }
			},
			now
		);
		return { ok: true, id: metricId } as const;
	});
}

export function saveDimension(
	db: DB,
	actor: Actor,
	id: number | null,
	input: NamedInput,
	now: Date
): AdminResult {
	const before = id
		? db.select().from(statDimension).where(eq(statDimension.id, id)).get()
		: undefined;
	if (id && !before) return { ok: false, errors: { form: 'stat.error.not_found' } };
	const taken = db
		.select()
		.from(statDimension)
		.where(and(eq(statDimension.code, input.code), id ? ne(statDimension.id, id) : undefined))
		.get();
	if (taken) return { ok: false, errors: { code: 'stat.admin.code_taken' } };
	if (before && before.code !== input.code && dimensionInUse(db, before.code))
		return { ok: false, errors: { code: 'stat.admin.code_locked' } };
	const row = { code: input.code, nameAz: input.nameAz, nameEn: input.nameEn };
	return db.transaction((tx) => {
		const dimId = id ?? tx.insert(statDimension).values(row).returning().get().id;
		if (id) tx.update(statDimension).set(row).where(eq(statDimension.id, id)).run();
		writeAudit(
			tx,
			actor,
			{
				entity: 'stat_dimension',
				entityId: dimId,
				operation: id ? 'update' : 'create',
				before,
				after: row
			},
			now
		);
		return { ok: true, id: dimId } as const;
	});
}

export function saveCategory(
	db: DB,
	actor: Actor,
	dimensionId: number,
	id: number | null,
	input: NamedInput,
	now: Date
): AdminResult {
	const dim = db.select().from(statDimension).where(eq(statDimension.id, dimensionId)).get();
	const before = id
		? db
				.select()
				.from(statCategory)
				.where(and(eq(statCategory.id, id), eq(statCategory.dimensionId, dimensionId)))
				.get()
		: undefined;
	if (!dim || (id && !before)) return { ok: false, errors: { form: 'stat.error.not_found' } };
	const taken = db
		.select()
		.from(statCategory)
		.where(
			and(
				eq(statCategory.dimensionId, dimensionId),
				eq(statCategory.code, input.code),
				id ? ne(statCategory.id, id) : undefined
			)
		)
		.get();
	if (taken) return { ok: false, errors: { code: 'stat.admin.code_taken' } };
	if (before && before.code !== input.code && categoryInUse(db, dim.code, before.code))
		return { ok: false, errors: { code: 'stat.admin.code_locked' } };
	const row = {
		dimensionId,
		code: input.code,
		nameAz: input.nameAz,
		nameEn: input.nameEn,
		glotip: input.glotip,
		sortOrder: input.sortOrder
	};
	return db.transaction((tx) => {
		const catId = id ?? tx.insert(statCategory).values(row).returning().get().id;
		if (id) tx.update(statCategory).set(row).where(eq(statCategory.id, id)).run();
		writeAudit(
			tx,
			actor,
			{
				entity: 'stat_category',
				entityId: catId,
				operation: id ? 'update' : 'create',
				before,
				after: row
			},
			now
		);
		return { ok: true, id: catId } as const;
	});
}

export function deleteCategory(
	db: DB,
	actor: Actor,
	dimensionId: number,
	id: number,
	now: Date
): AdminResult {
	const dim = db.select().from(statDimension).where(eq(statDimension.id, dimensionId)).get();
	const cat = db
		.select()
		.from(statCategory)
		.where(and(eq(statCategory.id, id), eq(statCategory.dimensionId, dimensionId)))
		.get();
	if (!dim || !cat) return { ok: false, errors: { form: 'stat.error.not_found' } };
	if (categoryInUse(db, dim.code, cat.code))
		return { ok: false, errors: { form: 'stat.admin.category_in_use' } };
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
