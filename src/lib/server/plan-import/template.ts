// The downloadable template and example: the importer's own layout, with the No. column stored
// as text in XLSX so that Excel does not turn 4.10 into 4.1.
import ExcelJS from 'exceljs';
import type { Grid } from './types';

export const TEMPLATE_HEADERS = {
	en: [
		'No.',
		'Action (az)',
		'Action (en)',
		'Executing bodies',
		'Period',
		'Source',
		'Note',
		'Sample'
	],
	az: [
		'Sıra №-si',
		'Tədbirin adı (az)',
		'Tədbirin adı (en)',
		'İcraçı orqanlar',
		'İcra müddəti (illər üzrə)',
		'Mənbə',
		'Qeyd',
		'Nümunə'
	]
} as const;

const WIDTHS = [10, 60, 60, 40, 14, 30, 30, 10];

export interface XlsxExtras {
	sheetName: string;
	/** lines of help text for a second sheet */
	help?: { title: string; lines: string[] };
	/** institutions with their codes for a third sheet */
	institutions?: { title: string; header: string[]; rows: string[][] };
}

export async function gridToXlsx(grid: Grid, extras: XlsxExtras): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet(extras.sheetName);
	ws.columns = (grid[0] ?? []).map((_h, i) => ({ width: WIDTHS[i] ?? 20 }));
	// text format for the No. column, also for rows the user adds
	ws.getColumn(1).numFmt = '@';
	for (const row of grid) ws.addRow(row);
	ws.getRow(1).font = { bold: true };
	ws.views = [{ state: 'frozen', ySplit: 1 }];
	ws.eachRow((r) => r.eachCell((c) => (c.alignment = { wrapText: true, vertical: 'top' })));
	if (extras.help) {
		const hs = wb.addWorksheet(extras.help.title);
		hs.getColumn(1).width = 120;
		for (const line of extras.help.lines)
			hs.addRow([line]).getCell(1).alignment = { wrapText: true };
	}
	if (extras.institutions) {
		const is = wb.addWorksheet(extras.institutions.title);
		is.columns = [{ width: 20 }, { width: 60 }, { width: 60 }];
		is.addRow(extras.institutions.header).font = { bold: true };
		for (const r of extras.institutions.rows) is.addRow(r);
	}
	return new Uint8Array(await wb.xlsx.writeBuffer());
}
