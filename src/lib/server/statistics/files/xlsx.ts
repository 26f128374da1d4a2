// Writing and reading the statistics layout as XLSX with exceljs. Reading yields raw cells
// (number, text, formula, …) so that the importer can say precisely what is wrong with a cell.
import ExcelJS from 'exceljs';
import { COLUMNS, type SheetRow } from './sheet';

export const SHEET = 'statistics';

export type Raw =
	| { kind: 'empty' }
	| { kind: 'number'; n: number }
	| { kind: 'text'; s: string }
	| { kind: 'formula' }
	| { kind: 'other' };

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

function raw(v: ExcelJS.CellValue): Raw {
	if (v === null || v === undefined) return { kind: 'empty' };
	if (typeof v === 'number') return { kind: 'number', n: v };
	if (typeof v === 'string') return v.trim() === '' ? { kind: 'empty' } : { kind: 'text', s: v };
	if (typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) return { kind: 'formula' };
	if (typeof v === 'object' && 'richText' in v)
		return { kind: 'text', s: v.richText.map((t) => t.text).join('') };
	if (typeof v === 'object' && 'text' in v && typeof v.text === 'string')
		return { kind: 'text', s: v.text };
	return { kind: 'other' };
}

export type Line = { line: number; cells: Raw[] };
export type XlsxRead =
	| { ok: true; rows: Line[] }
	| { ok: false; error: 'stat.import.corrupt' | 'stat.import.too_many_rows' };

export async function readXlsx(bytes: Uint8Array, maxRows: number): Promise<XlsxRead> {
	const wb = new ExcelJS.Workbook();
	try {
		await wb.xlsx.load(
			Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer
		);
	} catch {
		return { ok: false, error: 'stat.import.corrupt' };
	}
	const ws = wb.getWorksheet(SHEET) ?? wb.worksheets[0];
	if (!ws) return { ok: false, error: 'stat.import.corrupt' };
	if (ws.actualRowCount > maxRows + 1) return { ok: false, error: 'stat.import.too_many_rows' };
	const rows: Line[] = [];
	ws.eachRow({ includeEmpty: false }, (row, line) => {
		const cells: Raw[] = [];
		const width = Math.max(row.cellCount, COLUMNS.length);
		for (let c = 1; c <= width; c++) cells.push(raw(row.getCell(c).value));
		while (cells.length > COLUMNS.length && cells[cells.length - 1].kind === 'empty') cells.pop();
		if (cells.some((c) => c.kind !== 'empty')) rows.push({ line, cells });
	});
	return { ok: true, rows };
}
