// The pack's statistics are the results page's: for the seed (official sources, partial
// breakdowns with "not stated", spans, ranges lacking years, figures reported as not available,
// small counts), every table of the pack holds exactly the cells the results page (reviewers) or
// the donor view (donors) shows for the same plan, and the DOCX prints them in the web's words.
import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { createSeededDb } from '../../helpers/seeded-db';
import { buildPackData, type PackData } from '../../../src/lib/server/reviews/pack/data';
import { renderPackDocx } from '../../../src/lib/server/reviews/pack/docx';
import { packCell } from '../../../src/lib/server/reviews/pack/results';
import { reviewPlans } from '../../../src/lib/server/reviews/plan-view';
import { createSnapshot } from '../../../src/lib/server/reviews/snapshots';
import { liveSource, type Source } from '../../../src/lib/server/reviews/snapshot-source';
import { loadDonorPage, loadResultsPage } from '../../../src/lib/server/dashboards/results-page';
import { user } from '../../../src/lib/server/db/schema';
import { eq } from 'drizzle-orm';
import type { DB } from '../../../src/lib/server/db/connect';
import type { DashTable } from '../../../src/lib/safe-table';

const NOW = new Date('2024-05-01T10:00:00Z');
let db: DB;
let planId: number;

beforeAll(async () => {
	db = await createSeededDb(NOW, { through: 60 });
	planId = reviewPlans(db, NOW.toISOString().slice(0, 10))[0].id;
}, 120_000);

const pack = (source: Source, audience: 'internal' | 'donor', locale: 'az' | 'en' = 'en') =>
	buildPackData(db, { source, scope: { kind: 'plan' }, locale, audience, now: NOW })!;

function webTables(audience: 'internal' | 'donor'): DashTable[] {
	const params = new URLSearchParams({ plan: String(planId) });
	return audience === 'internal'
		? loadResultsPage(db, params, { exact: true }).view.tables
		: loadDonorPage(db, params, NOW.toISOString().slice(0, 10)).view.tables;
}

/** Every table of the pack equals the web's table of the same id, cell by cell. */
function expectSameAsWeb(d: PackData, web: DashTable[]) {
	const ids = [...d.results.tables, ...d.results.empty].map((t) => t.id).sort();
	expect(ids).toEqual(web.map((t) => t.id).sort());
	for (const t of d.results.tables) {
		const w = web.find((x) => x.id === t.id)!;
		expect(t.columns, t.id).toEqual(w.columns);
		expect(t.rows, t.id).toEqual(w.rows);
		expect(t.notes, t.id).toEqual(w.notes);
	}
}

const docText = async (d: PackData) => {
	const zip = await JSZip.loadAsync(await renderPackDocx(d));
	const xml = await zip.file('word/document.xml')!.async('string');
	return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
};

describe("the pack's results are the results view's", () => {
	it('internal: the results page’s exact figures, and the DOCX prints them as the web does', async () => {
		const d = pack(liveSource(planId, NOW), 'internal');
		expect(d.results.tables.length).toBeGreaterThan(3);
		expectSameAsWeb(d, webTables('internal'));
		const cells = d.results.tables.flatMap((t) =>
			t.rows.flatMap((r) => t.columns.map((_, i) => packCell(t, r, i, 'en')))
		);
		// the seed has every kind: a partial range, "not stated", both kinds of missing
		expect(cells.some((c) => /^\d[\d,]*\*$/.test(c))).toBe(true);
		expect(cells).toContain('not yet');
		expect(d.results.tables.some((t) => t.rows.some((r) => r.label.en === 'Not stated'))).toBe(
			true
		);
		const text = await docText(d);
		const t = d.results.tables.find((x) => x.rows.some((r) => r.cells.some((c) => c?.lacks)))!;
		for (const r of t.rows)
			expect(text).toContain(
				[r.label.en, ...t.columns.map((_, i) => packCell(t, r, i, 'en'))].join(' ')
			);
		expect(text).toContain('“n/a”: not available from the source');
		for (const n of t.notes ?? []) expect(text).toContain(n.en);
	});

	it('donor: the donor view’s protected figures, hidden the same way', async () => {
		const d = pack(liveSource(planId, NOW), 'donor');
		expectSameAsWeb(d, webTables('donor'));
		const cells = d.results.tables.flatMap((t) =>
			t.rows.flatMap((r) => t.columns.map((_, i) => packCell(t, r, i, 'az')))
		);
		expect(cells.some((c) => c.startsWith('<') || c.startsWith('[c]'))).toBe(true);
		expect(cells).toContain('hələ yox');
	});

	it('a snapshot keeps the figures it froze, read through the same view', () => {
		const reviewer = db.select().from(user).where(eq(user.role, 'reviewer')).get()!;
		const snap = createSnapshot(
			db,
			{ id: reviewer.id, role: 'reviewer' },
			{ planId, name: 'Compared', asOf: NOW.toISOString().slice(0, 10) },
			NOW
		);
		if (!snap.ok) throw new Error('snapshot');
		const source: Source = { kind: 'snapshot', planId, snapshot: snap.snapshot };
		// taken now, the snapshot holds what the pages show now
		expectSameAsWeb(pack(source, 'internal'), webTables('internal'));
		expectSameAsWeb(pack(source, 'donor'), webTables('donor'));
	});
});
