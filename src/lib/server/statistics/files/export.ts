// Builds the template (empty) or the export (saved figures) of an institution × year.
import { eq } from 'drizzle-orm';
import { institution } from '../../db/schema';
import type { DB } from '../../db/connect';
import type { Locale } from '../../../i18n/core';
import { metricsForInstitution } from '../definitions';
import { getStatPeriod, periodYear } from '../periods';
import { findReport, loadCells } from '../reports';
import { gridMetrics } from '../view';
import { formatCsv } from './csv';
import { COLUMNS, fileName, sheetRows } from './sheet';
import { writeXlsx } from './xlsx';
import { CONTENT_TYPES } from '../../download';

export async function buildStatFile(
	db: DB,
	input: {
		institutionId: number;
		periodId: number;
		kind: 'template' | 'export';
		format: 'xlsx' | 'csv';
		locale: Locale;
	}
): Promise<{ bytes: Uint8Array; fileName: string; contentType: string } | null> {
	const inst = db.select().from(institution).where(eq(institution.id, input.institutionId)).get();
	const period = getStatPeriod(db, input.periodId);
	if (!inst || !period) return null;
	const report = findReport(db, inst.id, period.id);
	const cells = report ? loadCells(db, report.id, metricsForInstitution(db, inst.id)) : new Map();
	// the template lists the same cells as the export, including finer ones already stored
	const rows = sheetRows(
		inst.code,
		periodYear(period),
		gridMetrics(db, inst.id, cells),
		input.kind === 'export' ? cells : null,
		input.locale
	);
	const bytes =
		input.format === 'xlsx'
			? await writeXlsx(rows)
			: new TextEncoder().encode(
					formatCsv([[...COLUMNS], ...rows.map((r) => COLUMNS.map((c) => r[c]))])
				);
	return {
		bytes,
		fileName: fileName(inst.code, periodYear(period), input.kind, input.format),
		contentType: CONTENT_TYPES[input.format]
	};
}
