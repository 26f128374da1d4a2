import { beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { count } from 'drizzle-orm';
import { actorFor, createStatisticsDb, instId, periodId } from '../../factories/statistics';
import { buildStatFile } from '../../../src/lib/server/statistics/files/export';
import { commitStatFile, previewStatFile } from '../../../src/lib/server/statistics/files/service';
import { MAX_IMPORT_BYTES } from '../../../src/lib/server/statistics/files/read';
import {
	findReport,
	loadCells,
	saveCells,
	type CellChange
} from '../../../src/lib/server/statistics/reports';
import { metricsForInstitution } from '../../../src/lib/server/statistics/definitions';
import { statValue } from '../../../src/lib/server/db/schema';
import type { DB } from '../../../src/lib/server/db/connect';

const now = new Date('2024-05-02T09:00:00Z');
let db: DB;
let PGO: number;
let MIA: number;
let y2023: number;

beforeEach(() => {
	db = createStatisticsDb();
	PGO = instId(db, 'PGO');
	MIA = instId(db, 'MIA');
	y2023 = periodId(db, 2023);
});

const cellsOf = (inst: number, period: number) => {
	const r = findReport(db, inst, period);
	return r ? Object.fromEntries(loadCells(db, r.id, metricsForInstitution(db, inst))) : {};
};
const valueCount = () => db.select({ n: count() }).from(statValue).get()!.n;

async function workbookFrom(bytes: Uint8Array) {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
	return wb;
}
const toBytes = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());

async function template(format: 'xlsx' | 'csv', inst = PGO, period = y2023) {
	return (await buildStatFile(db, {
		institutionId: inst,
		periodId: period,
		kind: 'template',
		format,
		locale: 'en'
	}))!.bytes;
}

/** Fills value cells of a template workbook: {`metric|key`: value}. */
async function filled(values: Record<string, number | string | ExcelJS.CellValue>, inst = PGO) {
	const wb = await workbookFrom(await template('xlsx', inst));
	const ws = wb.getWorksheet('statistics')!;
	ws.eachRow((row, n) => {
		if (n === 1) return;
		const id = `${row.getCell(3).value}|${row.getCell(4).value ?? ''}`;
		if (id in values) row.getCell(7).value = values[id] as ExcelJS.CellValue;
	});
	return wb;
}

describe('statistics files: round trip', () => {
	it('export then import gives identical data (XLSX and CSV), for a report with every kind of cell', async () => {
		const mia = actorFor(db, 'focal_point', 'MIA');
		const changes: CellChange[] = [
			{
				metric: 'victims_identified',
				key: '',
				cell: {
					key: '',
					value: 12,
					notAvailable: false,
					derived: false,
					source: 'MIA register, 2023'
				}
			},
			{
				metric: 'victims_identified',
				key: 'sex=female',
				cell: {
					key: 'sex=female',
					value: 10,
					notAvailable: false,
					derived: true,
					source: '=total − men; "quoted", comma'
				}
			},
			{
				metric: 'victims_identified',
				key: 'sex=male',
				cell: { key: 'sex=male', value: 2, notAvailable: false, derived: false, source: null }
			},
			{
				metric: 'victims_identified',
				key: 'age=child',
				cell: {
					key: 'age=child',
					value: null,
					notAvailable: true,
					derived: false,
					source: 'Ağ şəhər — çox'
				}
			},
			{
				metric: 'victims_identified',
				key: 'age=adult;exploitation=sexual;sex=female',
				cell: {
					key: 'age=adult;exploitation=sexual;sex=female',
					value: 9,
					notAvailable: false,
					derived: false,
					source: 'line\nbreak'
				}
			},
			{
				metric: 'hotline_calls',
				key: '',
				cell: { key: '', value: 0, notAvailable: false, derived: false, source: null }
			}
		];
		expect(
			saveCells(db, mia, { institutionId: MIA, periodId: y2023, expectedVersion: 0, now, changes })
				.ok
		).toBe(true);
		const before = cellsOf(MIA, y2023);
		for (const format of ['xlsx', 'csv'] as const) {
			const file = (await buildStatFile(db, {
				institutionId: MIA,
				periodId: y2023,
				kind: 'export',
				format,
				locale: 'az'
			}))!;
			// wipe, then import the export
			const version = findReport(db, MIA, y2023)!.version;
			const cleared = changes.map((c) => ({ ...c, cell: null }));
			expect(
				saveCells(db, mia, {
					institutionId: MIA,
					periodId: y2023,
					expectedVersion: version,
					now,
					changes: cleared
				}).ok
			).toBe(true);
			expect(cellsOf(MIA, y2023)).not.toEqual(before);
			const r = await commitStatFile(db, mia, {
				institutionId: MIA,
				periodId: y2023,
				bytes: file.bytes,
				expectedVersion: version + 1,
				now
			});
			expect(r, format).toMatchObject({ ok: true });
			expect(cellsOf(MIA, y2023), format).toEqual(before);
		}
	});

	it('the template lists every grid cell with empty values and opens as a workbook', async () => {
		const wb = await workbookFrom(await template('xlsx'));
		const ws = wb.getWorksheet('statistics')!;
		expect(ws.getRow(1).values).toEqual([
			undefined,
			'institution',
			'year',
			'metric_code',
			'category_key',
			'metric',
			'category',
			'value',
			'not_available',
			'derived',
			'source'
		]);
		const ids: string[] = [];
		ws.eachRow(
			(row, n) => n > 1 && ids.push(`${row.getCell(3).value}|${row.getCell(4).value ?? ''}`)
		);
		expect(ids).toContain('defendants|sex=female');
		expect(ids).toContain('persons_convicted|sentence=postponed');
		expect(ids).not.toContain('victims_identified|');
	});

	it('previews changes with the rule checks, and commits them as a draft', async () => {
		const wb = await filled({
			'defendants|': 10,
			'defendants|sex=female': 7,
			'defendants|sex=male': 4,
			'persons_sent_to_court|': '8'
		});
		const bytes = await toBytes(wb);
		const p = await previewStatFile(db, PGO, y2023, bytes);
		expect(p.ok && p.errors).toEqual([]);
		expect(p.ok && p.rows.filter((r) => r.changed).length).toBe(4);
		expect(p.issues).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					metric: 'defendants',
					key: '',
					message: 'stat.rule.sum_mismatch'
				})
			])
		);
		const pgo = actorFor(db, 'focal_point', 'PGO');
		expect(
			await commitStatFile(db, pgo, {
				institutionId: PGO,
				periodId: y2023,
				bytes,
				expectedVersion: 0,
				now
			})
		).toMatchObject({ ok: true, changed: 4 });
		expect(findReport(db, PGO, y2023)!.state).toBe('draft');
	});
});

describe('statistics files: bad files are refused and nothing is written', () => {
	const expectNothingWritten = async (
		bytes: Uint8Array,
		check: (r: Awaited<ReturnType<typeof previewStatFile>>) => void
	) => {
		const before = valueCount();
		const preview = await previewStatFile(db, PGO, y2023, bytes);
		check(preview);
		const pgo = actorFor(db, 'focal_point', 'PGO');
		const r = await commitStatFile(db, pgo, {
			institutionId: PGO,
			periodId: y2023,
			bytes,
			expectedVersion: 0,
			now
		});
		expect(r.ok).toBe(false);
		expect(valueCount()).toBe(before);
		expect(findReport(db, PGO, y2023)).toBeNull();
	};

	it('wrong columns', async () => {
		const wb = await workbookFrom(await template('xlsx'));
		wb.getWorksheet('statistics')!.getCell('G1').value = 'amount';
		await expectNothingWritten(await toBytes(wb), (r) =>
			expect(r).toMatchObject({ ok: false, error: 'stat.import.wrong_columns' })
		);
		const csv = new TextEncoder().encode('metric,value\r\ndefendants,3\r\n');
		await expectNothingWritten(csv, (r) =>
			expect(r).toMatchObject({ ok: false, error: 'stat.import.wrong_columns' })
		);
	});

	it('text, fractions and negatives in number cells, with row and column', async () => {
		const wb = await filled({
			'defendants|': 'ten',
			'defendants|sex=female': 2.5,
			'defendants|sex=male': -1,
			'persons_sent_to_court|': 3
		});
		await expectNothingWritten(await toBytes(wb), (r) => {
			expect(r.ok).toBe(true);
			if (!r.ok) return;
			expect(r.errors.map((e) => [e.column, e.message])).toEqual([
				['value', 'stat.rule.not_a_number'],
				['value', 'stat.rule.fractional'],
				['value', 'stat.rule.negative']
			]);
			expect(r.errors[0].line).toBeGreaterThan(1);
		});
	});

	it('formulas, in XLSX and CSV', async () => {
		const wb = await filled({
			'defendants|': { formula: 'SUM(G3:G4)', result: 7 } as ExcelJS.CellValue,
			'defendants|sex=female': 3
		});
		await expectNothingWritten(await toBytes(wb), (r) =>
			expect(r.ok && r.errors).toEqual([
				expect.objectContaining({ column: 'value', message: 'stat.import.formula' })
			])
		);
		const csv = new TextDecoder()
			.decode(await template('csv'))
			.replace(/(PGO,2023,defendants,,[^\r\n]*?),,,,/, '$1,=2+3,,,');
		expect(csv).toContain('=2+3');
		await expectNothingWritten(new TextEncoder().encode(csv), (r) =>
			expect(r.ok && r.errors[0].message).toBe('stat.import.formula')
		);
	});

	it('a file for another institution or year, unknown metrics or cells, duplicates, bad yes/no', async () => {
		const wb = await filled({ 'defendants|': 3 });
		const ws = wb.getWorksheet('statistics')!;
		ws.getCell('A2').value = 'VAC';
		ws.getCell('B3').value = 2022;
		ws.getCell('C4').value = 'victims_identified';
		ws.getCell('D5').value = 'sex=other';
		ws.getCell('I6').value = 'maybe';
		ws.addRow(['PGO', 2023, 'defendants', '', '', '', 4, '', '', '']);
		await expectNothingWritten(await toBytes(wb), (r) => {
			const msgs = r.ok ? r.errors.map((e) => e.message) : [];
			expect(msgs).toEqual(
				expect.arrayContaining([
					'stat.import.wrong_institution',
					'stat.import.wrong_year',
					'stat.import.unknown_metric',
					'stat.import.unknown_category',
					'stat.import.yes_no',
					'stat.import.duplicate'
				])
			);
		});
	});

	it('huge, empty, truncated and corrupt files, old Excel files and zip bombs', async () => {
		const huge = new TextEncoder().encode('x'.repeat(MAX_IMPORT_BYTES + 1));
		await expectNothingWritten(huge, (r) =>
			expect(r).toMatchObject({ ok: false, error: 'stat.import.too_large' })
		);
		await expectNothingWritten(new Uint8Array(), (r) =>
			expect(r).toMatchObject({ ok: false, error: 'stat.import.empty' })
		);
		const good = await toBytes(await filled({ 'defendants|': 3 }));
		await expectNothingWritten(good.slice(0, Math.floor(good.length * 0.6)), (r) =>
			expect(r).toMatchObject({ ok: false, error: 'stat.import.corrupt' })
		);
		const garbled = good.slice();
		garbled.fill(7, 200, 1200);
		await expectNothingWritten(garbled, (r) =>
			expect(r).toMatchObject({ ok: false, error: 'stat.import.corrupt' })
		);
		await expectNothingWritten(
			new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
			(r) => expect(r).toMatchObject({ ok: false, error: 'stat.import.old_excel' })
		);
		// a real workbook whose sheet inflates to 40 MB (more hostile shapes: uploads.test.ts)
		const bomb = await JSZip.loadAsync(good);
		bomb.file('xl/worksheets/sheet1.xml', '0'.repeat(40 * 1024 * 1024));
		const bombBytes = await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
		expect(bombBytes.length).toBeLessThan(MAX_IMPORT_BYTES);
		await expectNothingWritten(bombBytes, (r) =>
			expect(r).toMatchObject({ ok: false, error: 'stat.import.too_big_unpacked' })
		);
		await expectNothingWritten(new Uint8Array([0x41, 0xff, 0xfe, 0x42]), (r) =>
			expect(r).toMatchObject({ ok: false, error: 'stat.import.encoding' })
		);
		const cut = new TextEncoder().encode(
			'institution,year,metric_code,category_key,metric,category,value,not_available,derived,source\r\nPGO,2023,defendants,,"Defend'
		);
		await expectNothingWritten(cut, (r) =>
			expect(r).toMatchObject({ ok: false, error: 'stat.import.csv_malformed' })
		);
	});

	it('a stale version is refused on commit', async () => {
		const pgo = actorFor(db, 'focal_point', 'PGO');
		saveCells(db, pgo, {
			institutionId: PGO,
			periodId: y2023,
			expectedVersion: 0,
			now,
			changes: [
				{
					metric: 'defendants',
					key: '',
					cell: { key: '', value: 1, notAvailable: false, derived: false, source: null }
				}
			]
		});
		const bytes = await toBytes(await filled({ 'defendants|': 3 }));
		expect(
			await commitStatFile(db, pgo, {
				institutionId: PGO,
				periodId: y2023,
				bytes,
				expectedVersion: 1,
				now
			})
		).toEqual({ ok: false, error: 'conflict' });
		expect(cellsOf(PGO, y2023).defendants[0].value).toBe(1);
	});
});
