// The pack lists, under each statistics table, the distinct sources of the figures it shows, in
// its language (a text only in the other language printed marked, and listed among the missing
// translations); snapshots copy sources and notes with the figures; a donor pack quotes no count
// in a text beside a table that hides cells.
import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { eq } from 'drizzle-orm';
import { createSeededDb } from '../../helpers/seeded-db';
import {
	buildPackData,
	missingTranslations,
	summarise,
	type PackData
} from '../../../src/lib/server/reviews/pack/data';
import { renderPackDocx } from '../../../src/lib/server/reviews/pack/docx';
import { reviewPlans } from '../../../src/lib/server/reviews/plan-view';
import { createSnapshot } from '../../../src/lib/server/reviews/snapshots';
import { liveSource, type Source } from '../../../src/lib/server/reviews/snapshot-source';
import { translateTexts } from '../../../src/lib/server/statistics/translations';
import {
	snapshotStatistic,
	statMetric,
	statReport,
	statValue,
	user
} from '../../../src/lib/server/db/schema';
import type { DB } from '../../../src/lib/server/db/connect';

const NOW = new Date('2024-05-01T10:00:00Z');
const TIP =
	'US State Dept TIP Report 2021, Azerbaijan (state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/)';
let db: DB;
let planId: number;
let reviewer: { id: number; role: string };

beforeAll(async () => {
	db = await createSeededDb(NOW, { through: 60 });
	planId = reviewPlans(db, NOW.toISOString().slice(0, 10))[0].id;
	const r = db.select().from(user).where(eq(user.role, 'reviewer')).get()!;
	reviewer = { id: r.id, role: r.role };
}, 120_000);

const pack = (source: Source, audience: 'internal' | 'donor', locale: 'az' | 'en') =>
	buildPackData(db, { source, scope: { kind: 'plan' }, locale, audience, now: NOW })!;

const docText = async (d: PackData) => {
	const zip = await JSZip.loadAsync(await renderPackDocx(d));
	const xml = await zip.file('word/document.xml')!.async('string');
	return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
};

/** A victims table of the pack (the seed's 2020 victims come from the TIP report 2021). */
const victims = (d: PackData) =>
	d.results.tables.find((t) => t.metrics?.includes('victims_identified'))!;

describe('sources under the pack’s statistics tables', () => {
	it('en: the distinct English sources of the table’s figures, unmarked, in the DOCX', async () => {
		const d = pack(liveSource(planId, NOW), 'internal', 'en');
		const t = victims(d);
		const sources = d.tableTexts[t.id].sources;
		expect(sources).toContain(TIP);
		expect(new Set(sources).size).toBe(sources.length);
		expect(sources.every((s) => !s.includes('['))).toBe(true);
		// a table lists only its own metrics' sources: the crimes' combined figure is not here
		expect(sources.some((s) => s.includes('forced-labour crimes'))).toBe(false);
		const crimes = d.results.tables.find((x) => x.id === 'crimes')!;
		expect(d.tableTexts[crimes.id].sources.some((s) => s.includes('forced-labour crimes'))).toBe(
			true
		);
		expect(await docText(d)).toContain(`Sources: ${sources.join('; ')}`);
	});

	it('az: an English-only source is printed marked and listed before generating; a reviewer’s translation replaces it', async () => {
		const source = liveSource(planId, NOW);
		const az = pack(source, 'internal', 'az');
		const mark = '[İngiliscə mətn; azərbaycanca variantı yoxdur]';
		const marked = az.tableTexts[victims(az).id].sources;
		expect(marked).toContain(`${TIP} ${mark}`);
		expect(await docText(az)).toContain(`Mənbələr: ${marked.join('; ')}`);
		// the list before generating names it (shortened as the list shows texts)
		expect(missingTranslations(db, source, NOW).az).toContain(summarise(TIP, 80));
		expect(missingTranslations(db, source, NOW).en).not.toContain(summarise(TIP, 80));

		// the reviewer adds the Azerbaijani text to every report that carries it
		const reports = db
			.selectDistinct({ id: statValue.reportId })
			.from(statValue)
			.where(eq(statValue.sourceEn, TIP))
			.all();
		expect(reports.length).toBeGreaterThan(0);
		const azText = 'ABŞ Dövlət Departamentinin 2021-ci il insan alveri hesabatı (sınaq tərcüməsi)';
		for (const r of reports)
			expect(
				translateTexts(
					db,
					reviewer,
					{
						reportId: r.id,
						kind: 'source',
						from: { az: null, en: TIP },
						to: { az: azText, en: TIP }
					},
					NOW
				).ok
			).toBe(true);
		const after = pack(liveSource(planId, new Date()), 'internal', 'az');
		expect(after.tableTexts[victims(after).id].sources).toContain(azText);
		expect(missingTranslations(db, liveSource(planId, new Date()), NOW).az).not.toContain(TIP);
	});

	it('a snapshot copies the sources and notes with the figures, and keeps them', () => {
		const snap = createSnapshot(
			db,
			reviewer,
			{ planId, name: 'Sources copied', asOf: NOW.toISOString().slice(0, 10) },
			new Date()
		);
		if (!snap.ok) throw new Error('snapshot');
		const copied = db
			.select()
			.from(snapshotStatistic)
			.where(eq(snapshotStatistic.snapshotId, snap.snapshot.id))
			.all();
		const live = db
			.select({
				metricId: statValue.metricId,
				institutionId: statReport.institutionId,
				periodId: statReport.periodId,
				key: statValue.categoryKey,
				sourceAz: statValue.sourceAz,
				sourceEn: statValue.sourceEn,
				noteAz: statValue.noteAz,
				noteEn: statValue.noteEn
			})
			.from(statValue)
			.innerJoin(statReport, eq(statReport.id, statValue.reportId))
			.where(eq(statReport.state, 'approved'))
			.all();
		expect(copied.length).toBeGreaterThan(50);
		for (const c of copied) {
			const l = live.find(
				(x) =>
					x.metricId === c.metricId &&
					x.institutionId === c.institutionId &&
					x.periodId === c.periodId &&
					x.key === c.categoryKey
			)!;
			expect([c.sourceAz, c.sourceEn, c.noteAz, c.noteEn]).toEqual([
				l.sourceAz,
				l.sourceEn,
				l.noteAz,
				l.noteEn
			]);
		}
		expect(copied.some((c) => c.sourceEn === TIP)).toBe(true);
		// a later change of the live text leaves the snapshot's pack as it was
		const source: Source = { kind: 'snapshot', planId, snapshot: snap.snapshot };
		const before = pack(source, 'internal', 'en').tableTexts;
		db.update(statValue)
			.set({ sourceEn: 'Changed later' })
			.where(eq(statValue.sourceEn, TIP))
			.run();
		expect(pack(source, 'internal', 'en').tableTexts).toEqual(before);
		expect(
			JSON.stringify(pack(liveSource(planId, new Date()), 'internal', 'en').tableTexts)
		).toContain('Changed later');
	});

	it('donor: texts beside a table that hides cells quote no count; the list is per table', () => {
		// a note quoting a small count on every victims figure
		const victimsId = db
			.select()
			.from(statMetric)
			.where(eq(statMetric.code, 'victims_identified'))
			.get()!.id;
		db.update(statValue)
			.set({ noteEn: 'Of these 3 were children (2019)' })
			.where(eq(statValue.metricId, victimsId))
			.run();
		const internal = pack(liveSource(planId, new Date()), 'internal', 'en');
		const donor = pack(liveSource(planId, new Date()), 'donor', 'en');
		expect(internal.tableTexts[victims(internal).id].notes).toContain(
			'Of these 3 were children (2019)'
		);
		const hiding = donor.results.tables.filter((t) =>
			t.rows.some((r) => r.cells.some((c) => c !== null && 'suppressed' in c))
		);
		expect(hiding.length).toBeGreaterThan(0);
		// every table of a metric some table hides a cell of (the same texts are listed under each)
		const hiddenMetrics = new Set(hiding.flatMap((t) => t.metrics ?? []));
		const sharing = donor.results.tables.filter((t) =>
			(t.metrics ?? []).some((m) => hiddenMetrics.has(m))
		);
		for (const t of sharing)
			for (const text of [...donor.tableTexts[t.id].sources, ...donor.tableTexts[t.id].notes])
				expect(text.replace(/\b(19|20)\d\d\b/g, ''), text).not.toMatch(/\d/);
		const noted = hiding.find((t) => donor.tableTexts[t.id].notes.length > 0);
		expect(noted, 'a victims table hides cells for donors').toBeDefined();
		expect(donor.tableTexts[noted!.id].notes).toContain('Of these … were children (2019)');
	});
});
