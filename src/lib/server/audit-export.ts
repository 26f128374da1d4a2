// The audit log as CSV and XLSX: one row per changed field (an entry that changed no field, e.g.
// a sign-in, gets one row with the field columns empty), codes named in the reader's language,
// times in UTC. The entry's id repeats on each of its rows, so a spreadsheet can group them.
import ExcelJS from 'exceljs';
import { translate, type Locale } from '../i18n/core';
import { entityLabel, fieldLabel, operationLabel, roleLabel, valueLabel } from '../audit-labels';
import { csvLines, safeText } from '../table-csv';
import { AUDIT_EXPORT_LIMIT, queryAudit, type AuditFilter } from './audit-query';
import type { DB } from './db/connect';

export function auditExportRows(
	db: Pick<DB, 'select'>,
	filter: AuditFilter,
	locale: Locale
): string[][] {
	const tr = (k: string) => translate(locale, k);
	const head = [
		tr('audit.entry'),
		tr('audit.at_utc'),
		tr('audit.actor_name'),
		tr('audit.actor'),
		tr('audit.role'),
		tr('audit.entity'),
		tr('audit.entity_code'),
		tr('audit.entity_id'),
		tr('audit.entity_name'),
		tr('audit.operation'),
		tr('audit.operation_code'),
		tr('audit.field'),
		tr('audit.before'),
		tr('audit.after')
	];
	const { rows } = queryAudit(db, { ...filter, before: null }, locale, AUDIT_EXPORT_LIMIT);
	const out = [head];
	for (const r of rows) {
		const entry = [
			String(r.id),
			new Date(r.at).toISOString(),
			r.actorName ?? tr('audit.system'),
			r.actorEmail ?? '',
			roleLabel(tr, r.actorRole),
			entityLabel(tr, r.entity),
			r.entity,
			r.entityId ?? '',
			r.entityName ?? '',
			operationLabel(tr, r.operation),
			r.operation
		];
		if (!r.changes.length) out.push([...entry, '', '', '']);
		for (const c of r.changes)
			out.push([
				...entry,
				fieldLabel(tr, c.field),
				valueLabel(tr, r.entity, c.field, c.before) ?? '',
				valueLabel(tr, r.entity, c.field, c.after) ?? ''
			]);
	}
	return out;
}

export function auditCsv(rows: string[][]): string {
	return csvLines(rows);
}

export async function auditXlsx(rows: string[][], locale: Locale, now: Date): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'NAP Tracker';
	wb.created = now;
	const ws = wb.addWorksheet(translate(locale, 'review.audit').slice(0, 31));
	// as in the dashboard exports: a typed value starting with = + - @ keeps a leading apostrophe,
	// so it is never run as a formula when the sheet is saved on as CSV
	rows.forEach((r, i) => {
		const row = ws.addRow(r.map(safeText));
		if (i === 0) row.font = { bold: true };
	});
	ws.columns.forEach((c, i) => (c.width = i >= 12 ? 40 : i === 1 ? 24 : 16));
	ws.views = [{ state: 'frozen', ySplit: 1 }];
	return Buffer.from(await wb.xlsx.writeBuffer());
}
