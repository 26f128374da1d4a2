import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { createTestDb } from '../../helpers/test-db';
import { makeAction, makeInstitution } from '../../factories';
import { approveReport, makeMetric, makeStatReport, makeReviewPlan } from '../../factories/reviews';
import { createSnapshot } from '../../../src/lib/server/reviews/snapshots';
import { buildPackData, summarise } from '../../../src/lib/server/reviews/pack/data';
import { renderPackDocx } from '../../../src/lib/server/reviews/pack/docx';
import { packCell } from '../../../src/lib/server/reviews/pack/results';
import { statCategory, statDimension } from '../../../src/lib/server/db/schema';

const NOW = new Date('2023-03-01T10:00:00Z');

function setup() {
	const db = createTestDb();
	const f = makeReviewPlan(db);
	const [a1, a2, a3] = f.actions;
	approveReport(db, {
		actionId: a1.id,
		institutionId: f.instA.id,
		periodId: f.periods.h1_2022.id,
		status: 'delayed',
		doneEn: 'Draft law on victim identification sent to the Cabinet.',
		doneAz: 'Qurbanların müəyyənləşdirilməsinə dair qanun layihəsi Nazirlər Kabinetinə göndərilib.',
		obstaclesEn: 'Waiting for the Ministry of Justice opinion.',
		obstaclesAz: 'Ədliyyə Nazirliyinin rəyi gözlənilir.',
		approvedAt: new Date('2022-08-01')
	});
	approveReport(db, {
		actionId: a2.id,
		institutionId: f.instB.id,
		periodId: f.periods.h2_2021.id,
		status: 'completed',
		doneEn: 'Rules adopted.',
		approvedAt: new Date('2022-02-01')
	});
	approveReport(db, {
		actionId: a3.id,
		institutionId: f.instA.id,
		periodId: f.periods.h1_2022.id,
		status: 'in_progress',
		approvedAt: new Date('2022-08-01')
	});
	const dim = db
		.insert(statDimension)
		.values({ code: 'sex', nameAz: 'Cins', nameEn: 'Sex' })
		.returning()
		.get();
	db.insert(statCategory)
		.values([
			{ dimensionId: dim.id, code: 'female', nameAz: 'Qadın', nameEn: 'Female' },
			{ dimensionId: dim.id, code: 'male', nameAz: 'Kişi', nameEn: 'Male' }
		])
		.run();
	const metric = makeMetric(db, {
		code: 'victims_identified',
		nameEn: 'Victims identified',
		nameAz: 'Müəyyən edilmiş qurbanlar'
	});
	makeStatReport(
		db,
		{
			institutionId: f.instA.id,
			periodId: f.statPeriod.id,
			state: 'approved',
			reviewedAt: new Date('2022-03-01')
		},
		metric.id,
		{ '': 93, 'sex=female': 91, 'sex=male': 2 }
	);
	const snap = createSnapshot(
		db,
		{ id: f.reviewer.id, role: 'reviewer' },
		{ planId: f.plan.id, name: 'Mid-term review', asOf: '2022-10-04' },
		NOW
	);
	if (!snap.ok) throw new Error('snapshot');
	return {
		db,
		f,
		source: { kind: 'snapshot' as const, planId: f.plan.id, snapshot: snap.snapshot }
	};
}

async function documentXml(buf: Buffer): Promise<string> {
	const zip = await JSZip.loadAsync(buf);
	return zip.file('word/document.xml')!.async('string');
}

const texts = (xml: string) =>
	[...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');

describe('round-table pack', () => {
	it('writes a DOCX in English with its headings, tables and chart images', async () => {
		const { db, source } = setup();
		const data = buildPackData(db, {
			source,
			scope: { kind: 'plan' },
			locale: 'en',
			audience: 'internal',
			now: NOW
		})!;
		const buf = await renderPackDocx(data);
		const zip = await JSZip.loadAsync(buf);
		const xml = await zip.file('word/document.xml')!.async('string');
		const body = texts(xml);
		for (const h of [
			'Implementation by aim',
			'Results',
			'Action by action',
			'Overdue and delayed actions',
			'Obstacles reported'
		]) {
			expect(xml).toMatch(new RegExp(`<w:pStyle w:val="Heading1"/>.*?${h}`));
		}
		expect(body).toContain('Review snapshot “Mid-term review”, as of 4 October 2022');
		expect(body).toContain('Draft law on victim identification sent to the Cabinet.');
		expect(body).toContain('Waiting for the Ministry of Justice opinion.');
		expect(body).toContain('reported delayed');
		expect(body).toContain('Victims identified');
		expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(7);
		const media = Object.keys(zip.files).filter(
			(n) => n.startsWith('word/media/') && n.endsWith('.png')
		);
		// status by aim + the victims' tables (identical pictures are stored once)
		expect(media.length, media.join()).toBeGreaterThanOrEqual(2);
		// Word updates the contents' page numbers when it opens the file
		const settings = await zip.file('word/settings.xml')!.async('string');
		expect(settings).toMatch(/<w:updateFields(?: w:val="(?:true|1|on)")?\/>/);
		const png = await zip.file(media[0])!.async('nodebuffer');
		expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
	});

	it('writes the same pack in Azerbaijani', async () => {
		const { db, source } = setup();
		const data = buildPackData(db, {
			source,
			scope: { kind: 'plan' },
			locale: 'az',
			audience: 'internal',
			now: NOW
		})!;
		const buf = await renderPackDocx(data);
		const xml = await documentXml(buf);
		const body = texts(xml);
		for (const h of [
			'Məqsədlər üzrə icra',
			'Nəticələr',
			'Tədbirlər üzrə',
			'Gecikən və müddəti keçmiş tədbirlər',
			'Bildirilmiş maneələr'
		]) {
			expect(body).toContain(h);
		}
		expect(body).toContain('“Mid-term review” icmalı, 4 Oktyabr 2022 tarixinə');
		expect(body).toContain('Ədliyyə Nazirliyinin rəyi gözlənilir.');
		expect(body).toContain('Müəyyən edilmiş qurbanlar');
		expect(body).not.toContain('Implementation by aim');
		const styles = await (await JSZip.loadAsync(buf)).file('word/styles.xml')!.async('string');
		expect(styles).toContain('w:val="az-Latn-AZ"');
	});

	it('suppresses small counts (and a second cell) when the pack is for donors', () => {
		const { db, source } = setup();
		const full = buildPackData(db, {
			source,
			scope: { kind: 'plan' },
			locale: 'en',
			audience: 'internal',
			now: NOW
		})!;
		const donor = buildPackData(db, {
			source,
			scope: { kind: 'plan' },
			locale: 'en',
			audience: 'donor',
			now: NOW
		})!;
		const bySex = (d: typeof full) =>
			Object.fromEntries(
				d.results.tables
					.find((t) => t.id === 'victims_sex')!
					.rows.map((r) => [r.label.en, packCell(d.results.tables[0], r, 0, 'en')])
			);
		expect(bySex(full)).toEqual({ Female: '91', Male: '2', Total: '93' });
		expect(bySex(donor)).toEqual({ Female: '[c]', Male: '<5', Total: '93' });
		expect(donor.suppressionNote).toContain('<5');
	});

	it('sums a one-dimension breakdown when a year has no total; figures not about persons are never hidden', () => {
		const { db, f } = setup();
		const dim = db
			.insert(statDimension)
			.values({ code: 'article', nameAz: 'Maddə', nameEn: 'Article' })
			.returning()
			.get();
		db.insert(statCategory)
			.values([
				{ dimensionId: dim.id, code: '144-1', nameAz: 'Maddə 144-1', nameEn: 'Art. 144-1' },
				{ dimensionId: dim.id, code: '144-2', nameAz: 'Maddə 144-2', nameEn: 'Art. 144-2' }
			])
			.run();
		const crimes = makeMetric(db, {
			code: 'crimes_registered',
			nameEn: 'Crimes registered',
			sensitive: false,
			sortOrder: -1
		});
		makeStatReport(
			db,
			{
				institutionId: f.instB.id,
				periodId: f.statPeriod.id,
				state: 'approved',
				reviewedAt: new Date('2022-03-01')
			},
			crimes.id,
			{ 'article=144-1': 156, 'article=144-2': 3 }
		);
		const live = { kind: 'live' as const, planId: f.plan.id, at: NOW };
		const donor = buildPackData(db, {
			source: live,
			scope: { kind: 'plan' },
			locale: 'en',
			audience: 'donor',
			now: NOW
		})!;
		const t = donor.results.tables.find((x) => x.id === 'crimes')!;
		expect(t.rows.map((r) => `${r.label.en}: ${packCell(t, r, 0, 'en')}`)).toEqual([
			'Art. 144-1: 156',
			'Art. 144-2: 3',
			'Total: 159'
		]);
	});

	it('labels a decision withdrawn by the review date as withdrawn, and keeps it listed', async () => {
		const { db, f, source } = setup();
		for (const [code, at] of [
			['RT1.1', new Date('2022-06-01T08:00:00Z')],
			['RT1.2', new Date('2023-01-10T08:00:00Z')]
		] as const)
			makeAction(
				db,
				{
					planId: f.plan.id,
					sectionId: f.sections[0].id,
					code,
					kind: 'decision',
					withdrawnAt: at
				},
				[{ institutionId: f.instA.id, role: 'lead' }]
			);
		// the snapshot is of 4 October 2022: the second was still owed then
		const d = buildPackData(db, {
			source,
			scope: { kind: 'plan' },
			locale: 'en',
			audience: 'internal',
			now: NOW
		})!;
		expect(d.decisions.map((x) => [x.code, x.withdrawn])).toEqual([
			['RT1.1', 'withdrawn on 1 June 2022'],
			['RT1.2', null]
		]);
		const live = buildPackData(db, {
			source: { kind: 'live', planId: f.plan.id, at: NOW },
			scope: { kind: 'plan' },
			locale: 'az',
			audience: 'internal',
			now: NOW
		})!;
		expect(live.decisions.map((x) => x.withdrawn)).toEqual([
			'1 İyun 2022 tarixində geri götürülüb',
			'10 Yanvar 2023 tarixində geri götürülüb'
		]);
		expect(texts(await documentXml(await renderPackDocx(d)))).toContain(
			'(withdrawn on 1 June 2022)'
		);
	});

	it('narrows to one aim or one institution', () => {
		const { db, f, source } = setup();
		const aim = buildPackData(db, {
			source,
			scope: { kind: 'aim', sectionId: f.sections[1].id },
			locale: 'en',
			audience: 'internal',
			now: NOW
		})!;
		expect(aim.aims.map((a) => a.code)).toEqual(['4.2']);
		expect(aim.aims[0].actions.map((a) => a.code)).toEqual(['4.2.1']);
		const inst = buildPackData(db, {
			source,
			scope: { kind: 'institution', institutionId: f.instB.id },
			locale: 'en',
			audience: 'internal',
			now: NOW
		})!;
		expect(inst.aims.flatMap((a) => a.actions.map((x) => x.code))).toEqual(['4.1.1', '4.1.2']);
		// 4.1.1 from B's side: B has no approved report
		expect(inst.aims[0].actions[0].status).toBe('no_report');
		expect(inst.obstacles).toEqual([]);
		expect(inst.results.tables).toEqual([]);
	});

	it('a scope with no data gives a short document that says so', async () => {
		const { db, f, source } = setup();
		const lonely = makeInstitution(db);
		const d = buildPackData(db, {
			source,
			scope: { kind: 'institution', institutionId: lonely.id },
			locale: 'en',
			audience: 'donor',
			now: NOW
		})!;
		expect(d.aims).toEqual([]);
		const text = texts(await documentXml(await renderPackDocx(d)));
		expect(text).toContain('There is nothing to report.');
		expect(text).not.toContain('Executive summary');
		expect(f.plan.id).toBeGreaterThan(0);
	});

	it('prints a text missing in the pack language in the other one, marked, and lists it', () => {
		const { db, source } = setup();
		const az = buildPackData(db, {
			source,
			scope: { kind: 'plan' },
			locale: 'az',
			audience: 'internal',
			now: NOW
		})!;
		// a2's report has an English narrative only
		const a2 = az.aims.flatMap((a) => a.actions).find((a) => a.code === '4.1.2')!;
		expect(a2.summary[0].text).toBe(
			'Rules adopted. [İngiliscə mətn; azərbaycanca variantı yoxdur]'
		);
		expect(az.untranslated).toContain('Rules adopted.');
	});

	it('names the review in the pack language', () => {
		const { db, f } = setup();
		const snap = createSnapshot(
			db,
			{ id: f.reviewer.id, role: 'reviewer' },
			{ planId: f.plan.id, name: 'Final review', nameAz: 'Yekun icmal', asOf: '2023-01-10' },
			NOW
		);
		if (!snap.ok) throw new Error('snapshot');
		const source = { kind: 'snapshot' as const, planId: f.plan.id, snapshot: snap.snapshot };
		for (const [locale, name] of [
			['az', 'Yekun icmal'],
			['en', 'Final review']
		] as const) {
			const d = buildPackData(db, {
				source,
				scope: { kind: 'plan' },
				locale,
				audience: 'internal',
				now: NOW
			})!;
			expect(d.reviewName).toBe(name);
			expect(d.sourceText).toContain(name);
		}
	});

	it('shortens narratives at a word boundary', () => {
		expect(summarise('a '.repeat(300), 50).length).toBeLessThanOrEqual(51);
		expect(summarise('short  text')).toBe('short text');
	});
});
