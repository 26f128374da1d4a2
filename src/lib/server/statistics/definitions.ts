// Reads metric definitions (metrics, their dimensions and categories, who reports them).
import { asc, eq } from 'drizzle-orm';
import {
	statCategory,
	statDimension,
	statMetric,
	statMetricCross,
	statMetricDimension,
	statMetricInstitution
} from '../db/schema';
import type { DB } from '../db/connect';
import type { CrossDef, DimensionDef, MetricDef } from './types';

export function loadDimensions(db: DB): DimensionDef[] {
	const dims = db.select().from(statDimension).orderBy(asc(statDimension.code)).all();
	const cats = db
		.select()
		.from(statCategory)
		.orderBy(asc(statCategory.sortOrder), asc(statCategory.id))
		.all();
	return dims.map((d) => ({
		id: d.id,
		code: d.code,
		nameAz: d.nameAz,
		nameEn: d.nameEn,
		categories: cats
			.filter((c) => c.dimensionId === d.id)
			.map((c) => ({
				id: c.id,
				code: c.code,
				nameAz: c.nameAz,
				nameEn: c.nameEn,
				glotip: c.glotip,
				sortOrder: c.sortOrder
			}))
	}));
}

export function loadMetrics(db: DB, opts: { activeOnly?: boolean } = {}): MetricDef[] {
	const dims = new Map(loadDimensions(db).map((d) => [d.id, d]));
	const links = db
		.select()
		.from(statMetricDimension)
		.orderBy(asc(statMetricDimension.sortOrder))
		.all();
	const reporters = db.select().from(statMetricInstitution).all();
	const crosses = loadCrosses(db);
	const rows = db
		.select()
		.from(statMetric)
		.orderBy(asc(statMetric.sortOrder), asc(statMetric.code))
		.all();
	return rows
		.filter((m) => !opts.activeOnly || m.active)
		.map((m) => ({
			...m,
			dimensions: links
				.filter((l) => l.metricId === m.id && dims.has(l.dimensionId))
				.map((l) => ({ ...dims.get(l.dimensionId)!, optional: l.optional })),
			institutionIds: reporters.filter((r) => r.metricId === m.id).map((r) => r.institutionId),
			crosses: crosses.get(m.code) ?? []
		}));
}

/** metric code → the cross-classifications it publishes (rows × columns), in their order. */
export function loadCrosses(db: Pick<DB, 'select'>): Map<string, CrossDef[]> {
	const rows = db
		.select({
			metric: statMetric.code,
			row: statMetricCross.rowDimensionId,
			col: statMetricCross.colDimensionId,
			sort: statMetricCross.sortOrder
		})
		.from(statMetricCross)
		.innerJoin(statMetric, eq(statMetric.id, statMetricCross.metricId))
		.orderBy(asc(statMetricCross.sortOrder))
		.all();
	const codes = new Map(
		db
			.select()
			.from(statDimension)
			.all()
			.map((d) => [d.id, d.code])
	);
	const out = new Map<string, CrossDef[]>();
	for (const r of rows) {
		const [row, col] = [codes.get(r.row), codes.get(r.col)];
		if (row && col) out.set(r.metric, [...(out.get(r.metric) ?? []), { row, col }]);
	}
	return out;
}

/** The active metrics an institution reports, in display order. */
export function metricsForInstitution(db: DB, institutionId: number): MetricDef[] {
	return loadMetrics(db, { activeOnly: true }).filter((m) =>
		m.institutionIds.includes(institutionId)
	);
}

/** Institutions that report at least one active metric. */
export function reportingInstitutionIds(db: DB): number[] {
	return db
		.selectDistinct({ id: statMetricInstitution.institutionId })
		.from(statMetricInstitution)
		.innerJoin(statMetric, eq(statMetric.id, statMetricInstitution.metricId))
		.where(eq(statMetric.active, true))
		.all()
		.map((r) => r.id);
}
