// Statistics: metric definitions, the statistics years 2017–2024 and the published figures of
// seed/data/statistics.json as approved reports of the bodies that publish them.
//
// Metric codes (dashboards rely on these; categories in brackets, * = optional dimension):
//   crimes_registered            MIA            [article: 144-1, 144-2, 144-3]
//   criminal_cases_opened        MIA, PGO
//   defendants                   PGO            [sex: female, male]
//   investigations_completed     MIA, PGO
//   persons_sent_to_court        PGO
//   persons_convicted            PGO, SUPREME_COURT [sentence: imprisonment, conditional, postponed]
//   victims_identified           MIA            [sex, age: adult/child, citizenship: national/foreign,
//                                                exploitation: sexual/forced_labour/other,
//                                                age_band* (CTDC 0-8 … 48+), country* (of citizenship),
//                                                exploited_in* (country), route*: internal/transnational;
//                                                cross-classified: exploitation × exploited_in]
//   potential_victims            MIA            [sex*, age*]
//   victims_assisted             VAC, shelters, IOM [sex*, age*]
//   at_risk_assisted             VAC, shelters, IOM
//   assistance_provided          VAC, shelters  [assistance_type: one_time_allowance, shelter,
//                                                vocational_training, employment, documents,
//                                                social_assistance, family_reunification, psychological, legal]
//   hotline_calls                MIA
//   criminal_groups_neutralised  MIA
//   criminal_group_members       MIA
// Cell keys are `dim=cat;dim=cat` sorted by dimension code, '' = total; sex × age maps onto GLOTIP
// women / men / girls / boys. Published figures: 2017–2022; 2021 law-enforcement figures are
// derived (announced 2020+2021 total − 2020), see seed/statistics/derived.ts; forced-labour crimes
// (Art. 144-2) were announced only for 2020–2021 together and are stored on that span.
import { eq } from 'drizzle-orm';
import {
	institution,
	statCategory,
	statDimension,
	statMetric,
	statMetricCross,
	statMetricDimension,
	statMetricInstitution
} from '../../src/lib/server/db/schema';
import { ensureStatPeriod, ensureStatSpan } from '../../src/lib/server/statistics/periods';
import { loadPublishedReport } from '../../src/lib/server/statistics/published';
import { readSeedJson, type SeedContext } from '../context';
import { DIMENSIONS } from '../statistics/dimensions';
import { METRICS } from '../statistics/metrics';
import { mapPublished, type Figure, type SourceRow } from '../statistics/figures';
import { deriveFigures, spanFigures } from '../statistics/derived';

export const FIRST_YEAR = 2017;
export const LAST_YEAR = 2024;
const LAST_PUBLISHED = 2022;

export default function seedStatistics({ db, now, log }: SeedContext) {
	const instId = (code: string) => {
		const row = db.select().from(institution).where(eq(institution.code, code)).get();
		if (!row) throw new Error(`institution ${code} missing: run the institutions step first`);
		return row.id;
	};
	seedDefinitions(db, instId);
	const periods = new Map<number, number>();
	for (let y = FIRST_YEAR; y <= LAST_YEAR; y++)
		periods.set(y, ensureStatPeriod(db, y, y <= LAST_PUBLISHED ? 'closed' : 'open').id);

	const published = mapPublished(readSeedJson<SourceRow[]>('statistics.json'));
	const figures = [...published, ...deriveFigures(published)];
	const metricIds = new Map(
		db
			.select()
			.from(statMetric)
			.all()
			.map((m) => [m.code, m.id])
	);
	const groups = new Map<string, Figure[]>();
	for (const f of figures)
		groups.set(`${f.institution}|${f.year}`, [
			...(groups.get(`${f.institution}|${f.year}`) ?? []),
			f
		]);
	let created = 0;
	for (const [group, list] of groups) {
		const [code, year] = group.split('|');
		const r = loadPublishedReport(db, {
			institutionId: instId(code),
			periodId: periods.get(Number(year))!,
			cells: list.map((f) => ({
				metricId: metricIds.get(f.metric)!,
				cell: {
					key: f.key,
					value: f.value,
					notAvailable: f.notAvailable,
					derived: f.derived,
					source: f.source
				}
			})),
			reason: 'Published figures loaded by the seed',
			now: approvalDate(Number(year), now)
		});
		if (r.created) created++;
	}
	// figures published only for several years together: one report per institution and span
	const spans = spanFigures();
	for (const f of spans) {
		const span = ensureStatSpan(db, f.from, f.to);
		const r = loadPublishedReport(db, {
			institutionId: instId(f.institution),
			periodId: span.id,
			cells: spans
				.filter((g) => g.from === f.from && g.to === f.to && g.institution === f.institution)
				.map((g) => ({
					metricId: metricIds.get(g.metric)!,
					cell: {
						key: g.key,
						value: g.value,
						notAvailable: false,
						derived: false,
						source: g.source
					}
				})),
			reason: 'Published figures loaded by the seed',
			now: approvalDate(f.to, now)
		});
		if (r.created) created++;
	}
	log(
		`${METRICS.length} metrics, ${periods.size} statistics years, ${created} approved reports (${figures.length + spans.length} values)`
	);
}

// Demo workflow dates, not statistics: a year's figures count as approved at the end of April of
// the next year (the National Coordinator's annual report season), so that review snapshots taken
// at past dates (the mid-term review of 4 Oct 2022) hold the figures known by then.
function approvalDate(year: number, now: Date): Date {
	const d = new Date(Date.UTC(year + 1, 3, 30, 9));
	return d < now ? d : now;
}

function seedDefinitions(db: SeedContext['db'], instId: (code: string) => number) {
	const dimIds = new Map<string, number>();
	for (const d of DIMENSIONS) {
		db.insert(statDimension)
			.values({ code: d.code, nameAz: d.az, nameEn: d.en })
			.onConflictDoNothing()
			.run();
		const id = db.select().from(statDimension).where(eq(statDimension.code, d.code)).get()!.id;
		dimIds.set(d.code, id);
		d.categories.forEach(([code, en, az, glotip], i) =>
			db
				.insert(statCategory)
				.values({
					dimensionId: id,
					code,
					nameAz: az,
					nameEn: en,
					glotip: glotip ?? null,
					sortOrder: i + 1
				})
				.onConflictDoNothing()
				.run()
		);
	}
	METRICS.forEach((m, i) => {
		const row = db
			.insert(statMetric)
			.values({
				code: m.code,
				nameAz: m.az,
				nameEn: m.en,
				descriptionAz: m.descAz ?? null,
				descriptionEn: m.descEn ?? null,
				sensitive: m.sensitive,
				sortOrder: (i + 1) * 10,
				combine: m.official === 'sum' ? 'sum' : 'official',
				officialInstitutionId: m.official === 'sum' ? null : instId(m.official)
			})
			.onConflictDoNothing()
			.returning()
			.get();
		if (!row) return; // defined before: an admin may have changed it since
		m.dims.forEach(([code, optional], j) =>
			db
				.insert(statMetricDimension)
				.values({ metricId: row.id, dimensionId: dimIds.get(code)!, optional, sortOrder: j + 1 })
				.run()
		);
		for (const inst of m.institutions)
			db.insert(statMetricInstitution)
				.values({ metricId: row.id, institutionId: instId(inst) })
				.run();
		(m.crosses ?? []).forEach(([rowDim, colDim], j) =>
			db
				.insert(statMetricCross)
				.values({
					metricId: row.id,
					rowDimensionId: dimIds.get(rowDim)!,
					colDimensionId: dimIds.get(colDim)!,
					sortOrder: j + 1
				})
				.run()
		);
	});
}
