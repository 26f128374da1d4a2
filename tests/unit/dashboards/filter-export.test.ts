import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import {
	clampYears,
	filterQuery,
	parseDashboardFilter
} from '../../../src/lib/server/forms/dashboard-filter';
import { parseDisclosureSettingsForm } from '../../../src/lib/server/forms/disclosure-settings-form';
import { tablesToCsv, tablesToJson, tablesToXlsx } from '../../../src/lib/server/dashboards/export';
import type { DashTable } from '../../../src/lib/safe-table';

const table: DashTable = {
	id: 't',
	title: { az: 'Cədvəl ə', en: 'Table' },
	chart: 'stacked',
	columns: [{ id: '2020', label: { az: '2020', en: '2020' } }],
	rows: [
		{ key: 'a', label: { az: '=HYPERLINK("x")', en: '=HYPERLINK("x")' }, cells: [{ shown: 12 }] },
		{ key: 'b', label: { az: 'b', en: 'b' }, cells: [{ suppressed: true, label: '<5' }] },
		{ key: 'c', label: { az: 'c', en: 'c' }, cells: [null] }
	]
};
const meta = { title: 'T', notes: ['note'], locale: 'en' as const, naText: 'n/a' };

describe('dashboard filter', () => {
	it('falls back to defaults on bad input and clamps years into those available', () => {
		expect(
			parseDashboardFilter(new URLSearchParams('plan=abc&from=1800&to=2021&aim=-1&institution=7'))
		).toEqual({
			planId: null,
			fromYear: null,
			toYear: 2021,
			aim: null,
			institutionId: 7,
			periodId: null
		});
		expect(clampYears({ fromYear: 2022, toYear: 2019 }, [2020, 2021, 2022])).toEqual({
			from: 2020,
			to: 2022
		});
		expect(clampYears({ fromYear: null, toYear: null }, [])).toBeNull();
		expect(filterQuery({ plan: 1, from: null, aim: 3 })).toBe('?plan=1&aim=3');
	});

	it('accepts a threshold of 1–20 and keeps what was typed otherwise', () => {
		const fd = (o: Record<string, string>) => {
			const f = new FormData();
			for (const [k, v] of Object.entries(o)) f.set(k, v);
			return f;
		};
		expect(parseDisclosureSettingsForm(fd({ threshold: '4', publicPage: 'on' }))).toEqual({
			ok: true,
			data: { disclosureThreshold: 4, publicPageEnabled: true }
		});
		expect(parseDisclosureSettingsForm(fd({ threshold: '0' }))).toMatchObject({
			ok: false,
			errors: { threshold: 'settings.threshold_invalid' },
			values: { threshold: '0' }
		});
		expect(parseDisclosureSettingsForm(fd({ threshold: 'x4' })).ok).toBe(false);
	});
});

describe('exports', () => {
	it('CSV: UTF-8 with BOM, labels for hidden cells, no formula injection', () => {
		const csv = tablesToCsv([table], meta);
		expect(csv.startsWith('\uFEFFT\r\nnote\r\n')).toBe(true);
		expect(csv).toContain(`"'=HYPERLINK(""x"")",12`);
		expect(csv).toContain('b,<5');
		expect(csv).toContain('c,n/a');
	});

	it('XLSX: numbers stay numbers, a hidden cell is only its label', async () => {
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await tablesToXlsx([table], meta)) as never);
		const ws = wb.worksheets[1];
		expect(ws.getRow(3).getCell(2).value).toBe(12);
		expect(ws.getRow(4).getCell(2).value).toBe('<5');
		expect(String(ws.getRow(3).getCell(1).value).startsWith("'")).toBe(true);
	});

	it('JSON: SafeCells as they are', () => {
		const j = tablesToJson([table], { asOf: null, protected: true, threshold: 4 });
		expect(j.tables[0].rows[1].cells[0]).toEqual({ suppressed: true, label: '<5' });
		expect(j).toMatchObject({ approvedOnly: true, protected: true, threshold: 4 });
	});
});
