import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { action, actionInstitution, planSection } from '../../../src/lib/server/db/schema';
import { importPlanFile, readGrid } from '../../../src/lib/server/plan-import';
import { parseCsv, toCsv } from '../../../src/lib/server/plan-import/csv';
import { detectFormat } from '../../../src/lib/server/plan-import/read';
import { gridToXlsx } from '../../../src/lib/server/plan-import/template';
import { createTestDb } from '../../helpers/test-db';
import { GOOD, setup } from './fixtures';

const enc = (s: string) => new TextEncoder().encode(s);
const GOOD_WITH_BLANK_CELLS = GOOD.map((r) => r.map((c) => c));

function csv(grid: string[][], sep: string): string {
	const q = (s: string) => (/[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
	return grid.map((r) => r.map(q).join(sep)).join('\r\n') + '\r\n';
}

function json(grid: string[][]): string {
	const [h, ...rows] = grid;
	return JSON.stringify(rows.map((r) => Object.fromEntries(h.map((k, i) => [k, r[i]]))));
}

/** An XLSX written by exceljs directly (not by our template writer): numbers and rich text too. */
async function xlsx(grid: string[][]): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('Plan');
	grid.forEach((r, i) => {
		const row = ws.addRow(r.map((c) => (c === '' ? null : c)));
		// Excel stores 4.1 typed into a General cell as a number, and a year as a number
		if (r[0] === '4.1') row.getCell(1).value = 4.1;
		if (r[4] === '2021') row.getCell(5).value = 2021;
		if (i === 2)
			row.getCell(2).value = {
				richText: [
					{ text: 'Qanunvericiliyin ' },
					{ font: { bold: true }, text: 'təkmilləşdirilməsi' }
				]
			};
	});
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function importAndDump(file: { name: string; bytes: Uint8Array }) {
	const db = createTestDb();
	const { plan } = setup(db);
	const r = await importPlanFile(db, { id: null, role: 'admin' }, { planId: plan.id }, file);
	expect(r.ok, JSON.stringify(r)).toBe(true);
	const strip = <T extends { id?: number }>(rows: T[]) => rows.map(({ id: _i, ...rest }) => rest);
	return {
		sections: strip(db.select().from(planSection).all()).map(({ planId: _p, ...s }) => s),
		actions: db
			.select()
			.from(action)
			.all()
			.map(({ id: _i, planId: _p, sectionId: _s, createdAt: _c, ...a }) => a),
		roles: db
			.select()
			.from(actionInstitution)
			.all()
			.map((x) => [x.actionId, x.institutionId, x.role])
	};
}

describe('the same table in CSV, XLSX and JSON', () => {
	it('reads to the same grid', async () => {
		const fromCsv = await readGrid('csv', enc(csv(GOOD, ',')));
		const fromSemi = await readGrid('csv', enc('\uFEFF' + csv(GOOD, ';')));
		const fromJson = await readGrid('json', enc(json(GOOD)));
		const fromXlsx = await readGrid('xlsx', await xlsx(GOOD));
		expect(fromCsv).toEqual({ ok: true, grid: GOOD_WITH_BLANK_CELLS });
		expect(fromSemi).toEqual(fromCsv);
		expect(fromJson).toEqual(fromCsv);
		expect(fromXlsx).toEqual(fromCsv);
	});

	it('imports to the same database content', async () => {
		const a = await importAndDump({ name: 'plan.csv', bytes: enc(csv(GOOD, ',')) });
		const b = await importAndDump({ name: 'plan.xlsx', bytes: await xlsx(GOOD) });
		const c = await importAndDump({ name: 'plan.json', bytes: enc(json(GOOD)) });
		expect(a.actions).toHaveLength(4);
		expect(b).toEqual(a);
		expect(c).toEqual(a);
	});

	it('round-trips through our own XLSX template writer', async () => {
		const bytes = await gridToXlsx(GOOD, {
			sheetName: 'Plan',
			help: { title: 'Help', lines: ['x'] }
		});
		expect(await readGrid('xlsx', bytes)).toEqual({ ok: true, grid: GOOD_WITH_BLANK_CELLS });
	});
});

describe('reading files', () => {
	it('parses quoted CSV cells with delimiters, quotes and line breaks', () => {
		expect(parseCsv('a,b\r\n"x, ""y""","line 1\nline 2"\n')).toEqual([
			['a', 'b'],
			['x, "y"', 'line 1\nline 2']
		]);
		expect(parseCsv(toCsv([['a;b', 'c']]))).toEqual([['a;b', 'c']]);
	});

	it('detects the format from the name or the content', () => {
		expect(detectFormat('x.XLSX', enc(''))).toBe('xlsx');
		expect(detectFormat('upload', enc('PK\u0003\u0004'))).toBe('xlsx');
		expect(detectFormat('upload', enc(' [{"No.":"4.1"}]'))).toBe('json');
		expect(detectFormat('upload', enc('No.,Action'))).toBe('csv');
		expect(detectFormat('upload', enc(''))).toBe(null);
	});

	it('turns unreadable files into one clear error, not an exception', async () => {
		const db = createTestDb();
		const { plan } = setup(db);
		const actor = { id: null, role: 'admin' };
		const tryFile = async (name: string, bytes: Uint8Array) => {
			const r = await importPlanFile(db, actor, { planId: plan.id }, { name, bytes });
			return r.ok ? null : r.errors.map((e) => e.key);
		};
		expect(await tryFile('p.json', enc('{ not json'))).toEqual(['plan_import.error.json_syntax']);
		expect(await tryFile('p.json', enc('{"rows": 3}'))).toEqual(['plan_import.error.json_shape']);
		expect(await tryFile('p.xlsx', enc('not a zip'))).toEqual(['plan_import.error.unreadable']);
		expect(await tryFile('p.csv', new Uint8Array([0x4e, 0x6f, 0xff, 0xfe]))).toEqual([
			'plan_import.error.not_utf8'
		]);
		expect(await tryFile('p.csv', enc('\n\n'))).toEqual(['plan_import.error.empty']);
	});
});
