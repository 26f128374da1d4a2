// Between preview and commit the checked rows travel back as CSV in a hidden field; the commit
// reads them through the same importer, so a tampered payload meets the same checks as a file.
import { formatCsv } from './csv';
import { COLUMNS } from './sheet';
import type { PreviewRow } from './import';

export function previewPayload(institutionCode: string, year: number, rows: PreviewRow[]): string {
	const body = rows.map((r) => [
		institutionCode,
		year,
		r.metric,
		r.key,
		'',
		'',
		r.cell && !r.cell.notAvailable ? r.cell.value : null,
		r.cell?.notAvailable ? 'yes' : '',
		r.cell?.derived ? 'yes' : '',
		r.cell?.source ?? ''
	]);
	return formatCsv([[...COLUMNS], ...body]).replace(/^\ufeff/, '');
}
