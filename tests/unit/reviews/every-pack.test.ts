// Every round-table pack the seed allows — every snapshot and live data × the whole plan, each aim,
// each institution × az/en × internal/donor — builds, renders and parses as a DOCX. Data built
// from the real seed, so a partial breakdown or a suppression pattern the seed contains cannot
// make a donor pack fail unnoticed.
import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { asc } from 'drizzle-orm';
import { createSeededDb } from '../../helpers/seeded-db';
import { institution, planSection, reviewSnapshot } from '../../../src/lib/server/db/schema';
import { buildPackData, type PackScope } from '../../../src/lib/server/reviews/pack/data';
import { renderPackDocx } from '../../../src/lib/server/reviews/pack/docx';
import { reviewPlans } from '../../../src/lib/server/reviews/plan-view';
import { liveSource, type Source } from '../../../src/lib/server/reviews/snapshot-source';
import type { DB } from '../../../src/lib/server/db/connect';

const NOW = new Date('2024-05-01T10:00:00Z');
let db: DB;

beforeAll(async () => {
	db = await createSeededDb(NOW);
}, 120_000);

describe('every pack of the seed', () => {
	it('builds, renders and parses for every source × scope × language × audience', async () => {
		const plans = reviewPlans(db, NOW.toISOString().slice(0, 10));
		expect(plans.length).toBeGreaterThan(0);
		const sources: Source[] = [];
		for (const p of plans) sources.push(liveSource(p.id, NOW));
		for (const s of db.select().from(reviewSnapshot).orderBy(asc(reviewSnapshot.id)).all())
			sources.push({ kind: 'snapshot', planId: s.planId, snapshot: s });
		expect(sources.some((s) => s.kind === 'snapshot')).toBe(true);
		const institutions = db.select().from(institution).all();
		const failures: string[] = [];
		let built = 0;
		for (const source of sources) {
			const sections = db
				.select()
				.from(planSection)
				.all()
				.filter((s) => s.planId === source.planId);
			const scopes: PackScope[] = [
				{ kind: 'plan' },
				...sections.map((s) => ({ kind: 'aim' as const, sectionId: s.id })),
				...institutions.map((i) => ({ kind: 'institution' as const, institutionId: i.id }))
			];
			for (const scope of scopes)
				for (const locale of ['az', 'en'] as const)
					for (const audience of ['internal', 'donor'] as const) {
						const what = `${source.kind === 'snapshot' ? source.snapshot.name : 'live'} ${JSON.stringify(scope)} ${locale} ${audience}`;
						try {
							const data = buildPackData(db, { source, scope, locale, audience, now: NOW });
							expect(data, what).not.toBeNull();
							// every pack's content is built; the document is rendered and parsed for the
							// whole plan (which holds every table the others hold) of every source,
							// language and audience, to keep the test fast enough for CI
							if (scope.kind === 'plan') {
								const buf = await renderPackDocx(data!);
								const zip = await JSZip.loadAsync(buf);
								const xml = await zip.file('word/document.xml')!.async('string');
								expect(xml.length, what).toBeGreaterThan(1000);
							}
							built++;
						} catch (e) {
							failures.push(`${what}: ${(e as Error).message}`);
						}
					}
		}
		expect(failures).toEqual([]);
		expect(built).toBeGreaterThan(100);
	}, 300_000);

	it('adds a "not stated" row where a breakdown does not reach its total', () => {
		const plan = reviewPlans(db, NOW.toISOString().slice(0, 10))[0];
		const data = buildPackData(db, {
			source: liveSource(plan.id, NOW),
			scope: { kind: 'plan' },
			locale: 'en',
			audience: 'internal',
			now: NOW
		})!;
		let checked = 0;
		let remainders = 0;
		// each breakdown table: per column, its categories and "not stated" add up to its total
		for (const t of data.results.tables) {
			const total = t.rows.find((r) => r.total);
			if (!total || t.chart === 'funnel') continue;
			t.columns.forEach((c, i) => {
				const cells = t.rows.filter((r) => !r.total).map((r) => r.cells[i]);
				const tc = total.cells[i];
				// a total without any breakdown is drawn as "not broken down", without rows
				// (and a range's parts lacking years are partial sums, marked and explained by a note)
				if (cells.every((x) => x === null) || cells.some((x) => x?.lacks)) return;
				if (!tc || !('shown' in tc) || cells.some((x) => x !== null && !('shown' in x))) return;
				const sum = cells.reduce((s, x) => s + (x && 'shown' in x ? x.shown : 0), 0);
				expect(sum, `${t.id} ${c.id}`).toBe(tc.shown);
				checked++;
			});
			if (t.rows.some((r) => r.key.endsWith('=?') && r.cells.some((c) => c !== null))) remainders++;
		}
		expect(checked).toBeGreaterThan(0);
		expect(remainders).toBeGreaterThan(0);
	});
});
