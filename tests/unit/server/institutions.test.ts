import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../helpers/test-db';
import { makeInstitution } from '../../factories';
import { auditLog } from '../../../src/lib/server/db/schema';
import {
	createInstitution,
	getInstitution,
	institutionNames,
	listInstitutions,
	sortByName,
	setInstitutionActive,
	updateInstitution
} from '../../../src/lib/server/institutions';
import { parseInstitutionForm } from '../../../src/lib/server/forms/institution-form';

const now = new Date('2024-05-01T10:00:00Z');
const actor = { id: null, role: 'admin' };
const input = {
	code: 'SMS',
	nameAz: 'Dövlət Miqrasiya Xidməti',
	nameEn: 'State Migration Service',
	kind: 'agency' as const
};

describe('institutions', () => {
	it('creates, refuses a duplicate code, edits and deactivates, each audited', () => {
		const db = createTestDb();
		const r = createInstitution(db, actor, input, now);
		if (!r.ok) throw new Error('create failed');
		expect(createInstitution(db, actor, { ...input, nameEn: 'Other' }, now)).toEqual({
			ok: false,
			errors: { code: 'institution.code_taken' }
		});
		const other = makeInstitution(db, { code: 'MIA' });
		expect(updateInstitution(db, actor, other.id, input, now)).toEqual({
			ok: false,
			errors: { code: 'institution.code_taken' }
		});
		expect(updateInstitution(db, actor, r.id, { ...input, nameEn: 'SMS' }, now).ok).toBe(true);
		setInstitutionActive(db, actor, r.id, false, now);
		expect(getInstitution(db, r.id)).toMatchObject({ nameEn: 'SMS', active: false });
		expect(listInstitutions(db, { activeOnly: true }).map((i) => i.code)).toEqual(['MIA']);
		expect(
			db
				.select()
				.from(auditLog)
				.all()
				.map((a) => a.operation)
		).toEqual(['create', 'update', 'deactivate']);
	});

	it('sorts by the Azerbaijani alphabet in az and by English in en', () => {
		const db = createTestDb();
		makeInstitution(db, { nameAz: 'Şəki', nameEn: 'B' });
		makeInstitution(db, { nameAz: 'Səhiyyə', nameEn: 'C' });
		makeInstitution(db, { nameAz: 'Ədliyyə', nameEn: 'A' });
		makeInstitution(db, { nameAz: 'Daxili', nameEn: 'D' });
		expect(listInstitutions(db, { locale: 'az' }).map((i) => i.nameAz)).toEqual([
			'Daxili',
			'Ədliyyə',
			'Səhiyyə',
			'Şəki'
		]);
		expect(listInstitutions(db, { locale: 'en' }).map((i) => i.nameEn)).toEqual([
			'A',
			'B',
			'C',
			'D'
		]);
	});

	it('gives pickers both names in the same order, and sorts lists that come from elsewhere', () => {
		const db = createTestDb();
		const a = makeInstitution(db, { code: 'SHE', nameAz: 'Şəki', nameEn: 'Sheki' });
		makeInstitution(db, { code: 'SAH', nameAz: 'Səhiyyə', nameEn: 'Health', active: false });
		const c = makeInstitution(db, { code: 'ADL', nameAz: 'Ədliyyə', nameEn: 'Justice' });
		expect(institutionNames(db, { locale: 'az', activeOnly: true })).toEqual([
			{ id: c.id, code: 'ADL', nameAz: 'Ədliyyə', nameEn: 'Justice' },
			{ id: a.id, code: 'SHE', nameAz: 'Şəki', nameEn: 'Sheki' }
		]);
		const rows = [
			{ nameAz: 'Şəki', nameEn: 'Sheki' },
			{ nameAz: 'Səhiyyə', nameEn: 'Health' },
			{ nameAz: 'Ədliyyə', nameEn: 'Justice' }
		];
		expect(sortByName([...rows], 'az').map((r) => r.nameAz)).toEqual([
			'Ədliyyə',
			'Səhiyyə',
			'Şəki'
		]);
		expect(sortByName([...rows], 'en').map((r) => r.nameEn)).toEqual([
			'Health',
			'Justice',
			'Sheki'
		]);
	});

	it('the form upper-cases the code and reports each bad field', () => {
		const f = new FormData();
		f.set('code', 'sms');
		f.set('nameAz', 'X');
		f.set('nameEn', '');
		f.set('kind', 'planet');
		expect(parseInstitutionForm(f)).toEqual({
			ok: false,
			errors: { nameEn: 'error.required', kind: 'institution.kind_invalid' },
			values: { code: 'sms', nameAz: 'X', nameEn: '', kind: 'planet' }
		});
		f.set('code', 'bad code!');
		expect(parseInstitutionForm(f)).toMatchObject({ errors: { code: 'institution.code_invalid' } });
	});
});
