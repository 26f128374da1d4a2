// The files behind the admin page's download links: template and example, in CSV and XLSX.
import { asc } from 'drizzle-orm';
import { institution } from '../db/schema';
import { parseCsv, toCsv } from './csv';
import { gridToXlsx, TEMPLATE_HEADERS } from './template';
import type { DB } from '../db/connect';
import type { Grid } from './types';

export interface DownloadText {
	sheet: string;
	helpTitle: string;
	help: string[];
	institutionsTitle: string;
	institutionsHeader: string[];
}

export function templateGrid(locale: 'az' | 'en'): Grid {
	return [[...TEMPLATE_HEADERS[locale]]];
}

export function templateCsv(locale: 'az' | 'en'): string {
	return toCsv(templateGrid(locale));
}

export async function workbook(db: DB, grid: Grid, text: DownloadText): Promise<Uint8Array> {
	const institutions = db.select().from(institution).orderBy(asc(institution.code)).all();
	return gridToXlsx(grid, {
		sheetName: text.sheet,
		help: { title: text.helpTitle, lines: text.help },
		institutions: {
			title: text.institutionsTitle,
			header: text.institutionsHeader,
			rows: institutions.map((i) => [i.code, i.nameAz, i.nameEn])
		}
	});
}

export function exampleGrid(csv: string): Grid {
	return parseCsv(csv).filter((r) => r.some((c) => c !== ''));
}
