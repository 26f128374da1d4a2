import { beforeEach, describe, expect, it } from 'vitest';
import { buildInstitutionIndex, parseBodies } from '../../../src/lib/server/plan-import/bodies';
import { createTestDb } from '../../helpers/test-db';
import { seedInstitutions } from './fixtures';

let inst: ReturnType<typeof seedInstitutions>;
let parse: (cell: string) => ReturnType<typeof parseBodies>;

beforeEach(() => {
	const db = createTestDb();
	inst = seedInstitutions(db);
	const list = Object.values(inst);
	const index = buildInstitutionIndex(list);
	const byId = new Map(list.map((i) => [i.id, i]));
	parse = (cell) => parseBodies(cell, index, byId);
});

describe('parseBodies', () => {
	it('makes the first the lead and the others co-implementers', () => {
		expect(parse('MIA; PGO; MOJ')).toEqual({
			ok: true,
			bodies: [
				{ institutionId: inst.MIA.id, role: 'lead' },
				{ institutionId: inst.PGO.id, role: 'co' },
				{ institutionId: inst.MOJ.id, role: 'co' }
			]
		});
	});

	it('matches names in either language, Azerbaijani-aware, and bracketed abbreviations', () => {
		const r = parse('DAXİLİ İŞLƏR NAZİRLİYİ\nbaş prokurorluq; Ministry of Justice; DİN');
		expect(r.ok).toBe(false); // DİN is the MIA again
		expect(r.ok ? [] : r.errors).toEqual([
			{ key: 'plan_import.error.body_twice', params: { value: 'MIA' } }
		]);
		const ok = parse('daxili isler nazirliyi; Bas Prokurorluq; ministry of justice');
		expect(ok.ok && ok.bodies.map((b) => b.institutionId)).toEqual([
			inst.MIA.id,
			inst.PGO.id,
			inst.MOJ.id
		]);
	});

	it('marks recommended bodies by marker and by kind (court, ombudsman)', () => {
		const r = parse('Supreme Court; MOJ; MIA (tövsiyə olunur); OMBUDSMAN; PGO (recommended)');
		expect(r.ok && r.bodies).toEqual([
			{ institutionId: inst.SUPREME_COURT.id, role: 'recommended' },
			{ institutionId: inst.MOJ.id, role: 'lead' },
			{ institutionId: inst.MIA.id, role: 'recommended' },
			{ institutionId: inst.OMBUDSMAN.id, role: 'recommended' },
			{ institutionId: inst.PGO.id, role: 'recommended' }
		]);
	});

	it('honours explicit lead and partner markers', () => {
		expect(parse('MIA (partner)')).toEqual({
			ok: true,
			bodies: [{ institutionId: inst.MIA.id, role: 'co' }]
		});
		const r = parse('MIA; VAC (aparıcı)');
		expect(r.ok && r.bodies).toEqual([
			{ institutionId: inst.MIA.id, role: 'co' },
			{ institutionId: inst.VAC.id, role: 'lead' }
		]);
		expect(parse('MIA (lead); VAC (lead)')).toMatchObject({
			ok: false,
			errors: [{ key: 'plan_import.error.body_two_leads' }]
		});
	});

	it('prefers an exact code over an abbreviation in another name', () => {
		// "State Employment Agency (MLSPP)" carries MLSPP in brackets: the code still wins
		const r = parse('MLSPP');
		expect(r.ok && r.bodies[0].institutionId).toBe(inst.MLSPP.id);
	});

	it('accepts names separated by commas when that is the only reading', () => {
		const r = parse('MIA, PGO');
		expect(r.ok && r.bodies.map((b) => b.institutionId)).toEqual([inst.MIA.id, inst.PGO.id]);
	});

	it('reports unknown institutions by what was typed', () => {
		expect(parse('MIA; Ministry of Magic')).toEqual({
			ok: false,
			errors: [{ key: 'plan_import.error.body_unknown', params: { value: 'Ministry of Magic' } }]
		});
	});

	it('takes an empty cell as no bodies known', () => {
		expect(parse('')).toEqual({ ok: true, bodies: [] });
	});
});
