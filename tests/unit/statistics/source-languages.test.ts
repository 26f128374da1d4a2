// Sources and notes per language: a typed source is filed under the typer's language, an export
// carries the reader's language with the other as fallback (and re-importing it changes nothing),
// a reviewer adds the other language (audited), and the backfill migration (stat-source-backfill) files today's one-language
// texts under the language they are written in.
import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { actorFor, createStatisticsDb, instId, periodId } from '../../factories/statistics';
import { findReport, saveCells, type CellChange } from '../../../src/lib/server/statistics/reports';
import { reportTexts, translateTexts } from '../../../src/lib/server/statistics/translations';
import { buildStatFile } from '../../../src/lib/server/statistics/files/export';
import { commitStatFile } from '../../../src/lib/server/statistics/files/service';
import { auditLog, statValue } from '../../../src/lib/server/db/schema';
import { MIGRATIONS_DIR, openDatabase, type DB } from '../../../src/lib/server/db/connect';

const now = new Date('2024-05-02T09:00:00Z');
const cell = (metric: string, key: string, value: number, source: string | null): CellChange => ({
	metric,
	key,
	cell: { key, value, notAvailable: false, derived: false, source }
});

let db: DB;
let PGO: number;
let y2023: number;
beforeEach(() => {
	db = createStatisticsDb();
	PGO = instId(db, 'PGO');
	y2023 = periodId(db, 2023);
});

const stored = (metric = 'defendants') => {
	const report = findReport(db, PGO, y2023)!;
	return db
		.select()
		.from(statValue)
		.where(eq(statValue.reportId, report.id))
		.all()
		.filter((v) => v.categoryKey === '' && v.metricId === metricIdOf(metric));
};
const metricIdOf = (code: string) =>
	(db.$client.prepare('SELECT id FROM stat_metric WHERE code = ?').get(code) as { id: number }).id;

describe('a typed source goes into the typer’s language', () => {
	it('az typer → source_az, en typer → source_en; neither clears the other', () => {
		const fp = actorFor(db, 'focal_point', 'PGO');
		const r1 = saveCells(db, fp, {
			institutionId: PGO,
			periodId: y2023,
			expectedVersion: 0,
			locale: 'az',
			now,
			changes: [cell('defendants', '', 12, 'Baş Prokurorluğun reyestri')]
		});
		expect(r1.ok).toBe(true);
		expect(stored()[0]).toMatchObject({ sourceAz: 'Baş Prokurorluğun reyestri', sourceEn: null });
		const r2 = saveCells(db, fp, {
			institutionId: PGO,
			periodId: y2023,
			expectedVersion: r1.ok ? r1.version : 0,
			locale: 'en',
			now,
			changes: [cell('defendants', '', 12, 'PGO register')]
		});
		expect(r2).toMatchObject({ ok: true, changed: 1 });
		expect(stored()[0]).toMatchObject({
			sourceAz: 'Baş Prokurorluğun reyestri',
			sourceEn: 'PGO register'
		});
		// the audit keeps both languages before and after
		const audit = db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entity, 'stat_report'), eq(auditLog.operation, 'save_values')))
			.all();
		expect(JSON.parse(audit.at(-1)!.after!)[0]).toMatchObject({
			sourceAz: 'Baş Prokurorluğun reyestri',
			sourceEn: 'PGO register'
		});
		// an empty source typed in az clears the az text only
		const r3 = saveCells(db, fp, {
			institutionId: PGO,
			periodId: y2023,
			expectedVersion: r2.ok ? r2.version : 0,
			locale: 'az',
			now,
			changes: [cell('defendants', '', 12, null)]
		});
		expect(r3.ok).toBe(true);
		expect(stored()[0]).toMatchObject({ sourceAz: null, sourceEn: 'PGO register' });
	});

	it('the export carries the reader’s language, else the other; re-importing it files nothing under the wrong language', async () => {
		const fp = actorFor(db, 'focal_point', 'PGO');
		const r = saveCells(db, fp, {
			institutionId: PGO,
			periodId: y2023,
			expectedVersion: 0,
			locale: 'en',
			now,
			changes: [cell('defendants', '', 12, 'PGO register')]
		});
		expect(r.ok).toBe(true);
		const file = await buildStatFile(db, {
			institutionId: PGO,
			periodId: y2023,
			kind: 'export',
			format: 'csv',
			locale: 'az'
		});
		const csv = new TextDecoder().decode(file!.bytes);
		expect(csv).toContain('PGO register');
		const c = await commitStatFile(db, fp, {
			institutionId: PGO,
			periodId: y2023,
			bytes: file!.bytes,
			expectedVersion: r.ok ? r.version : 0,
			locale: 'az',
			now
		});
		expect(c).toMatchObject({ ok: true, changed: 0 });
		expect(stored()[0]).toMatchObject({ sourceAz: null, sourceEn: 'PGO register' });
		// a source typed in the file in az goes into az
		const edited = csv.replace('PGO register', 'Prokurorluq reyestri');
		const c2 = await commitStatFile(db, fp, {
			institutionId: PGO,
			periodId: y2023,
			bytes: new TextEncoder().encode(edited),
			expectedVersion: c.ok ? (findReport(db, PGO, y2023)!.version ?? 0) : 0,
			locale: 'az',
			now
		});
		expect(c2).toMatchObject({ ok: true, changed: 1 });
		expect(stored()[0]).toMatchObject({
			sourceAz: 'Prokurorluq reyestri',
			sourceEn: 'PGO register'
		});
	});
});

describe('a reviewer adds the other language', () => {
	it('translates every figure of the report with the same text, audited; focal points may not', () => {
		const mia = instId(db, 'MIA');
		const y2019 = periodId(db, 2019);
		const report = findReport(db, mia, y2019)!;
		const groups = reportTexts(db, report.id);
		const g = groups.find((x) => x.kind === 'source' && x.az === null && x.cells > 1)!;
		expect(g.en).toMatch(/TIP Report|National Coordinator/);
		const fp = actorFor(db, 'focal_point', 'MIA');
		const input = {
			reportId: report.id,
			kind: 'source' as const,
			from: { az: g.az, en: g.en },
			to: { az: 'ABŞ Dövlət Departamentinin hesabatı (test)', en: g.en }
		};
		expect(translateTexts(db, fp, input, now)).toEqual({ ok: false, error: 'forbidden' });
		const reviewer = actorFor(db, 'reviewer');
		expect(translateTexts(db, reviewer, input, now)).toEqual({ ok: true, cells: g.cells });
		const after = reportTexts(db, report.id).find((x) => x.en === g.en && x.kind === 'source')!;
		expect(after).toMatchObject({ az: input.to.az, cells: g.cells });
		const audit = db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entity, 'stat_report'), eq(auditLog.operation, 'translate_texts')))
			.all();
		expect(audit).toHaveLength(1);
		expect(audit[0].actorId).toBe(reviewer.id);
		expect(JSON.parse(audit[0].before!)).toMatchObject({ kind: 'source', az: null, en: g.en });
		expect(JSON.parse(audit[0].after!)).toMatchObject({ az: input.to.az, cells: g.cells });
		// the same (now stale) form again matches nothing
		expect(translateTexts(db, reviewer, input, now)).toEqual({ ok: false, error: 'not_found' });
	});
});

describe('the backfill migration keeps today’s text', () => {
	it('files an English source under en and an Azerbaijani one under az, notes likewise', () => {
		// a database migrated up to stat-source-languages (both the old and the new columns), holding old texts
		const dir = mkdtempSync(join(tmpdir(), 'mig-'));
		cpSync(MIGRATIONS_DIR, dir, { recursive: true });
		const journalPath = join(dir, 'meta', '_journal.json');
		const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
		const upTo = journal.entries.findIndex((e: { tag: string }) =>
			e.tag.endsWith('stat-source-languages')
		);
		expect(upTo).toBeGreaterThan(0);
		writeFileSync(
			journalPath,
			JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo + 1) })
		);
		const old = openDatabase(':memory:', { migrate: false });
		migrate(old, { migrationsFolder: dir });
		old.$client.pragma('foreign_keys = OFF');
		const insert = old.$client.prepare(
			'INSERT INTO stat_value (report_id, metric_id, category_key, value, source, note) VALUES (1, ?, ?, 1, ?, ?)'
		);
		insert.run(1, '', 'US State Dept TIP Report 2019, Azerbaijan', 'Published rounded');
		insert.run(2, '', 'Daxili İşlər Nazirliyinin məlumatı', 'Qeyd: ilkin rəqəm');
		insert.run(3, '', null, null);
		migrate(old, { migrationsFolder: MIGRATIONS_DIR });
		const rows = old.$client
			.prepare(
				'SELECT metric_id, source_az, source_en, note_az, note_en FROM stat_value ORDER BY metric_id'
			)
			.all();
		expect(rows).toEqual([
			{
				metric_id: 1,
				source_az: null,
				source_en: 'US State Dept TIP Report 2019, Azerbaijan',
				note_az: null,
				note_en: 'Published rounded'
			},
			{
				metric_id: 2,
				source_az: 'Daxili İşlər Nazirliyinin məlumatı',
				source_en: null,
				note_az: 'Qeyd: ilkin rəqəm',
				note_en: null
			},
			{ metric_id: 3, source_az: null, source_en: null, note_az: null, note_en: null }
		]);
		const cols = old.$client.prepare('PRAGMA table_info(stat_value)').all() as { name: string }[];
		expect(cols.map((c) => c.name)).not.toContain('source');
	});
});
