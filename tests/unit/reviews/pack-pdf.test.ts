// The real client: the seed's mid-term review pack, az and en, internal and donor, converted to
// PDF by LibreOffice Writer (Debian's libreoffice-writer-nogui, installed by tests/run-all.sh) in
// one soffice run, then read back with poppler: each converts, stays under 30 pages, and holds
// its headings, the executive summary and Azerbaijani letters. PACK_OUT=dir keeps the files.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSeededDb } from '../../helpers/seeded-db';
import { getSnapshot } from '../../../src/lib/server/reviews/snapshot-source';
import { buildPackData } from '../../../src/lib/server/reviews/pack/data';
import { renderPackDocx } from '../../../src/lib/server/reviews/pack/docx';
import { translate } from '../../../src/lib/i18n/core';

const PACKS = [
	['az', 'internal'],
	['az', 'donor'],
	['en', 'internal'],
	['en', 'donor']
] as const;
const dir = process.env.PACK_OUT ?? mkdtempSync(join(tmpdir(), 'pack-pdf-'));
const pages = (pdf: string) =>
	Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
const text = (pdf: string) =>
	execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });

beforeAll(async () => {
	const db = await createSeededDb();
	const snapshot = getSnapshot(db, 1)!;
	const files: string[] = [];
	for (const [locale, audience] of PACKS) {
		const d = buildPackData(db, {
			source: { kind: 'snapshot', planId: snapshot.planId, snapshot },
			scope: { kind: 'plan' },
			locale,
			audience,
			now: new Date('2022-10-05T08:00:00Z')
		})!;
		const file = join(dir, `pack-${locale}-${audience}.docx`);
		writeFileSync(file, await renderPackDocx(d));
		files.push(file);
	}
	// one LibreOffice start for all four (each start costs seconds)
	execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
		stdio: 'ignore',
		timeout: 240_000,
		env: { ...process.env, HOME: dir }
	});
}, 300_000);

describe('the round-table pack in LibreOffice Writer', () => {
	for (const [locale, audience] of PACKS)
		it(`${locale} ${audience}: converts, under 30 pages, with headings, summary and Azerbaijani letters`, () => {
			const pdf = join(dir, `pack-${locale}-${audience}.pdf`);
			expect(existsSync(pdf), `${pdf} converted`).toBe(true);
			const n = pages(pdf);
			expect(n).toBeGreaterThan(3);
			expect(n).toBeLessThan(30);
			const t = text(pdf).replace(/\s+/g, ' ');
			const tr = (k: string) => translate(locale, k);
			for (const heading of [
				'pack.contents',
				'pack.executive_summary',
				'pack.implementation',
				'pack.results',
				'pack.actions'
			])
				expect(t, heading).toContain(tr(heading));
			expect(t).toContain(tr(`pack.audience.${audience}`));
			// Azerbaijani letters survive into the PDF (institution and plan names in both packs)
			expect(t).toMatch(/[əğışçöüİ]/);
			if (locale === 'az') expect(t).toMatch(/ə/);
		});
});
