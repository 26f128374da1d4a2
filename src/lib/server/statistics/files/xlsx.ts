// Writing the statistics layout as XLSX with exceljs. Reading is read.ts's (bounded, in the
// upload worker), not exceljs's.
import ExcelJS from 'exceljs';
import { COLUMNS, SHEET, type SheetRow } from './sheet';

export { SHEET };

const INSTRUCTIONS = [
	['NAP Tracker — statistics template / statistika şablonu'],
	[''],
	[
		'EN: Fill the "value" column with whole numbers. Leave it empty when you have no figure. Write "yes" in "not_available" when the figure exists but cannot be given (this is not 0). Mark worked-out figures "yes" in "derived" and give the source of every figure. Do not change the first four columns or the header row, and do not use formulas.'
	],
	[
		'AZ: "value" sütununa tam ədədlər yazın. Rəqəm yoxdursa, boş saxlayın. Rəqəm mövcuddur, lakin verilə bilmirsə, "not_available" sütununa "yes" yazın (bu, 0 deyil). Hesablanmış rəqəmləri "derived" sütununda "yes" ilə qeyd edin və hər rəqəmin mənbəyini göstərin. İlk dörd sütunu və başlıq sətrini dəyişməyin, düsturlardan istifadə etməyin.'
	]
];

export async function writeXlsx(rows: SheetRow[]): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'NAP Tracker';
	const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
	const widths: Record<string, number> = {
		metric: 36,
		category: 40,
		source: 60,
		category_key: 30,
		metric_code: 24
	};
	ws.columns = COLUMNS.map((c) => ({ header: c, key: c, width: widths[c] ?? 12 }));
	ws.getRow(1).font = { bold: true };
	for (const r of rows) ws.addRow(r);
	const valueCol = COLUMNS.indexOf('value') + 1;
	for (let i = 2; i <= rows.length + 1; i++) {
		const cell = ws.getRow(i).getCell(valueCol);
		cell.numFmt = '0';
		cell.dataValidation = {
			type: 'whole',
			operator: 'greaterThanOrEqual',
			allowBlank: true,
			formulae: [0],
			showErrorMessage: true,
			errorTitle: 'value',
			error: 'Whole number ≥ 0 / Tam ədəd ≥ 0'
		};
	}
	const help = wb.addWorksheet('instructions');
	for (const line of INSTRUCTIONS) help.addRow(line);
	help.getColumn(1).width = 120;
	help.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
	return new Uint8Array(await wb.xlsx.writeBuffer());
}
