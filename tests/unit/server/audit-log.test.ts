import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestDb } from '../../helpers/test-db';
import { makeInstitution, makeUser } from '../../factories';
import { writeAudit } from '../../../src/lib/server/audit';
import { fieldChanges } from '../../../src/lib/server/audit-diff';
import {
	auditFilterFromQuery,
	auditOperations,
	queryAudit
} from '../../../src/lib/server/audit-query';
import { auditCsv, auditExportRows, auditXlsx } from '../../../src/lib/server/audit-export';
import { setInstitutionActive, updateInstitution } from '../../../src/lib/server/institutions';
import { translate } from '../../../src/lib/i18n/core';
import { entityLabel, operationLabel, roleLabel, valueLabel } from '../../../src/lib/audit-labels';

const now = new Date('2024-05-01T10:00:00Z');

function seeded() {
	const db = createTestDb();
	const reviewer = makeUser(db, {
		role: 'reviewer',
		name: 'Rəyçi Əliyeva',
		email: 'rev@test.local'
	});
	const actor = { id: reviewer.id, role: 'reviewer' };
	writeAudit(
		db,
		actor,
		{
			entity: 'progress_report',
			entityId: 7,
			operation: 'return',
			before: { state: 'submitted', version: 2 },
			after: { state: 'returned', version: 3, reason: '=HYPERLINK("http://x")' }
		},
		now
	);
	writeAudit(
		db,
		{ id: null, role: 'system' },
		{ entity: 'security', entityId: null, operation: 'sign_in' },
		new Date('2024-05-02T08:00:00Z')
	);
	return { db, reviewer, actor };
}

describe('audit log: field-level changes', () => {
	it('keeps only the fields that changed, as before → after', () => {
		expect(
			fieldChanges(
				JSON.stringify({ state: 'submitted', version: 2, note: 'same' }),
				JSON.stringify({ state: 'returned', version: 3, note: 'same', reason: 'Fix the dates' })
			)
		).toEqual([
			{ field: 'state', before: 'submitted', after: 'returned' },
			{ field: 'version', before: '2', after: '3' },
			{ field: 'reason', before: null, after: 'Fix the dates' }
		]);
	});

	it('lists every field with a value when a record is created or deleted; nested paths, lists', () => {
		expect(
			fieldChanges(
				null,
				JSON.stringify({ id: 1, approvalRef: null, limits: { min: 3 }, added: ['4.1', '4.2'] })
			)
		).toEqual([
			{ field: 'id', before: null, after: '1' },
			{ field: 'limits.min', before: null, after: '3' },
			{ field: 'added', before: null, after: '4.1, 4.2' }
		]);
		expect(fieldChanges(JSON.stringify({ active: true }), null)).toEqual([
			{ field: 'active', before: 'true', after: null }
		]);
		expect(fieldChanges(null, null)).toEqual([]);
		// a row that is not JSON is shown, not a crash
		expect(fieldChanges(null, 'plain')).toEqual([{ field: '', before: null, after: 'plain' }]);
	});

	it('what a real mutation wrote reads as its changed fields', () => {
		const db = createTestDb();
		const inst = makeInstitution(db, { code: 'SMS', nameEn: 'State Migration Service' });
		const actor = { id: null, role: 'admin' };
		const input = {
			code: 'SMS',
			nameAz: inst.nameAz,
			nameEn: 'Migration Service',
			kind: inst.kind
		};
		expect(updateInstitution(db, actor, inst.id, input, now).ok).toBe(true);
		setInstitutionActive(db, actor, inst.id, false, now);
		const { rows } = queryAudit(db, { entity: 'institution' }, 'en');
		expect(rows.map((r) => r.operation)).toEqual(['deactivate', 'update']);
		expect(rows[1].changes).toContainEqual({
			field: 'nameEn',
			before: 'State Migration Service',
			after: 'Migration Service'
		});
		expect(rows[1].changes.map((c) => c.field)).not.toContain('code');
		expect(rows[0].changes).toContainEqual({ field: 'active', before: 'true', after: 'false' });
	});
});

describe('audit log: names and filters', () => {
	it('names the records an entry points at, in the reader’s language, keeping the id', () => {
		const db = createTestDb();
		const inst = makeInstitution(db, {
			code: 'DMX',
			nameAz: 'Dövlət Miqrasiya Xidməti',
			nameEn: 'State Migration Service'
		});
		const u = makeUser(db, {
			role: 'focal_point',
			name: 'Ülviyyə Şükürova',
			institutionId: inst.id
		});
		writeAudit(
			db,
			{ id: null, role: 'admin' },
			{
				entity: 'user',
				entityId: u.id,
				operation: 'update',
				before: { institutionId: null, note: '5' },
				after: { institutionId: inst.id, note: '6', periodId: 987654 }
			},
			now
		);
		const [en] = queryAudit(db, { entity: 'user' }, 'en').rows;
		expect(en.entityName).toBe('Ülviyyə Şükürova');
		expect(en.changes).toContainEqual({
			field: 'institutionId',
			before: null,
			after: `State Migration Service (#${inst.id})`
		});
		// a plain number is not an id, and an id of nothing that exists stays a number
		expect(en.changes).toContainEqual({ field: 'note', before: '5', after: '6' });
		expect(en.changes).toContainEqual({ field: 'periodId', before: null, after: '987654' });
		const [az] = queryAudit(db, { entity: 'user' }, 'az').rows;
		expect(az.changes).toContainEqual({
			field: 'institutionId',
			before: null,
			after: `Dövlət Miqrasiya Xidməti (#${inst.id})`
		});
		const rows = auditExportRows(db, { entity: 'user' }, 'az');
		expect(rows[1]).toContain(`Dövlət Miqrasiya Xidməti (#${inst.id})`);
	});

	it('names entities, operations and roles in both languages, an unknown code as it is', () => {
		const az = (k: string) => translate('az', k);
		const en = (k: string) => translate('en', k);
		expect(entityLabel(az, 'progress_report')).toBe('İcra hesabatı');
		expect(entityLabel(en, 'progress_report')).toBe('Progress report');
		expect(operationLabel(az, 'return')).toBe('Geri qaytarıldı');
		// security events keep the names of their own page
		expect(operationLabel(en, 'sign_in')).toBe('Signed in');
		expect(roleLabel(az, 'reviewer')).toBe('Rəyçi');
		expect(roleLabel(en, 'system')).toBe('System');
		expect(entityLabel(en, 'no_such_thing')).toBe('no_such_thing');
		expect(operationLabel(az, 'no_such_op')).toBe('no_such_op');
		// values the app has names for: a report's state, a plan's status, yes/no
		expect(valueLabel(az, 'progress_report', 'state', 'returned')).toBe('Geri qaytarılıb');
		expect(valueLabel(en, 'plan', 'status', 'published')).toBe('Published');
		expect(valueLabel(en, 'institution', 'active', 'false')).toBe('No');
		expect(valueLabel(en, 'stat_report', 'status', 'published')).toBe('published');
		expect(valueLabel(en, 'progress_report', 'reason', null)).toBeNull();
	});

	it('reads the filter from the URL and lists the operations there are', () => {
		const { db } = seeded();
		const f = auditFilterFromQuery(
			new URLSearchParams('entity=progress_report&operation=return&from=2024-05-01&to=bad')
		);
		expect(f).toMatchObject({
			entity: 'progress_report',
			operation: 'return',
			from: '2024-05-01',
			to: null
		});
		expect(queryAudit(db, f, 'en').rows.map((r) => r.entityId)).toEqual(['7']);
		expect(auditOperations(db)).toEqual(['return', 'sign_in']);
	});
});

describe('audit log: export', () => {
	it('one row per changed field, named in the reader’s language, filtered, formulas defused', async () => {
		const { db } = seeded();
		const rows = auditExportRows(db, {}, 'az');
		expect(rows[0]).toEqual([
			'Qeyd',
			'Vaxt (UTC)',
			'İcraçı',
			'İcraçı (e-poçt)',
			'Rol',
			'Obyekt',
			'Obyekt kodu',
			'Id',
			'Ad',
			'Əməliyyat',
			'Əməliyyat kodu',
			'Sahə',
			'Əvvəl',
			'Sonra'
		]);
		// newest first: the sign-in (no fields) is one row, the return one row per changed field
		expect(rows.slice(1).map((r) => [r[2], r[4], r[5], r[9], r[11], r[12], r[13]])).toEqual([
			['Sistem', 'Sistem', 'Təhlükəsizlik hadisəsi', 'Daxil oldu', '', '', ''],
			[
				'Rəyçi Əliyeva',
				'Rəyçi',
				'İcra hesabatı',
				'Geri qaytarıldı',
				'Vəziyyət',
				'Təqdim edilib',
				'Geri qaytarılıb'
			],
			['Rəyçi Əliyeva', 'Rəyçi', 'İcra hesabatı', 'Geri qaytarıldı', 'Versiya', '2', '3'],
			[
				'Rəyçi Əliyeva',
				'Rəyçi',
				'İcra hesabatı',
				'Geri qaytarıldı',
				'Səbəb',
				'',
				'=HYPERLINK("http://x")'
			]
		]);
		expect(rows[2][1]).toBe('2024-05-01T10:00:00.000Z');
		expect(rows[2][3]).toBe('rev@test.local');

		// the filter applies; the page's paging cursor does not cut the export
		const filtered = auditExportRows(db, { entity: 'security', before: 1 }, 'en');
		expect(filtered.map((r) => r[9])).toEqual(['Operation', 'Signed in']);

		const csv = auditCsv(rows);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
		expect(csv).toContain('İcra hesabatı');

		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await auditXlsx(rows, 'en', now)) as unknown as ExcelJS.Buffer);
		const ws = wb.worksheets[0];
		expect(ws.rowCount).toBe(rows.length);
		expect(ws.getRow(3).getCell(12).value).toBe('Vəziyyət');
		const reason = ws.getRow(5).getCell(14);
		expect(reason.value).toBe(`'=HYPERLINK("http://x")`);
		expect(reason.formula).toBeUndefined();
	});
});
