// Names for statistics: metrics (by id or code), periods, and "dim=cat;dim=cat" category keys, in
// both languages. The one loader for dashboards, comparisons and the round-table pack.
import { asc } from 'drizzle-orm';
import { reportingPeriod, statCategory, statDimension, statMetric } from '../db/schema';
import type { DB } from '../db/connect';
import type { Bilingual } from '../../safe-table';

export interface StatLabels {
	/** metric code → names and whether its small counts are protected */
	metrics: Map<string, Bilingual & { sensitive: boolean }>;
	/** dimension code → its categories in their order */
	categories: Map<string, { code: string; label: Bilingual }[]>;
	metric(id: number): Bilingual & { code: string; sensitive: boolean; sortOrder: number };
	period(id: number): string;
	/** '' (the metric's total) is labelled "total" */
	category(key: string): Bilingual;
}

export function loadStatLabels(db: DB): StatLabels {
	const metricRows = db.select().from(statMetric).all();
	const byId = new Map(metricRows.map((m) => [m.id, m]));
	const periods = new Map(
		db
			.select({ id: reportingPeriod.id, code: reportingPeriod.code })
			.from(reportingPeriod)
			.all()
			.map((p) => [p.id, p.code])
	);
	const dims = new Map(
		db
			.select()
			.from(statDimension)
			.all()
			.map((d) => [d.id, d])
	);
	const byPair = new Map<string, Bilingual>();
	const categories = new Map<string, { code: string; label: Bilingual }[]>();
	const catRows = db
		.select()
		.from(statCategory)
		.orderBy(asc(statCategory.sortOrder), asc(statCategory.id))
		.all();
	for (const c of catRows) {
		const d = dims.get(c.dimensionId);
		if (!d) continue;
		const label = { az: c.nameAz, en: c.nameEn };
		byPair.set(`${d.code}=${c.code}`, label);
		if (!categories.has(d.code)) categories.set(d.code, []);
		categories.get(d.code)!.push({ code: c.code, label });
	}
	return {
		metrics: new Map(
			metricRows.map((m) => [m.code, { az: m.nameAz, en: m.nameEn, sensitive: m.sensitive }])
		),
		categories,
		metric(id) {
			const m = byId.get(id);
			return m
				? {
						az: m.nameAz,
						en: m.nameEn,
						code: m.code,
						sensitive: m.sensitive,
						sortOrder: m.sortOrder
					}
				: { az: `#${id}`, en: `#${id}`, code: `#${id}`, sensitive: true, sortOrder: 9999 };
		},
		period(id) {
			return periods.get(id) ?? `#${id}`;
		},
		category(key) {
			if (key === '') return { az: 'cəmi', en: 'total' };
			const parts = key.split(';').map((pair) => byPair.get(pair) ?? { az: pair, en: pair });
			return { az: parts.map((p) => p.az).join(', '), en: parts.map((p) => p.en).join(', ') };
		}
	};
}
