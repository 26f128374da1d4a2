// Names for statistics keys: metrics, periods and "dim=cat;dim=cat" category keys, in both languages.
import { reportingPeriod, statCategory, statDimension, statMetric } from '../db/schema';
import type { DB } from '../db/connect';

export interface Bilingual {
	az: string;
	en: string;
}

export interface StatLabels {
	metric(id: number): Bilingual & { code: string; sensitive: boolean; sortOrder: number };
	period(id: number): string;
	/** '' (the metric's total) is labelled "total" */
	category(key: string): Bilingual;
}

export function loadStatLabels(db: DB): StatLabels {
	const metrics = new Map(
		db
			.select()
			.from(statMetric)
			.all()
			.map((m) => [m.id, m])
	);
	const periods = new Map(
		db
			.select()
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
	const cats = new Map<string, Bilingual>();
	const dimNames = new Map<string, Bilingual>();
	for (const d of dims.values()) dimNames.set(d.code, { az: d.nameAz, en: d.nameEn });
	for (const c of db.select().from(statCategory).all()) {
		const d = dims.get(c.dimensionId);
		if (d) cats.set(`${d.code}=${c.code}`, { az: c.nameAz, en: c.nameEn });
	}
	return {
		metric(id) {
			const m = metrics.get(id);
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
			const parts = key.split(';').map((pair) => cats.get(pair) ?? { az: pair, en: pair });
			return { az: parts.map((p) => p.az).join(', '), en: parts.map((p) => p.en).join(', ') };
		}
	};
}
