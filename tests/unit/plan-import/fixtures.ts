// Institutions shaped like the real ones (codes, names in both languages, kinds) for importer tests.
import { makeInstitution, makePlan } from '../../factories';
import type { DB } from '../../../src/lib/server/db/connect';

export function seedInstitutions(db: DB) {
	const mk = (
		code: string,
		nameAz: string,
		nameEn: string,
		kind: 'ministry' | 'agency' | 'court' | 'ngo' = 'ministry',
		subKind: string | null = null
	) => makeInstitution(db, { code, nameAz, nameEn, kind, subKind });
	return {
		MIA: mk('MIA', 'Daxili İşlər Nazirliyi (DİN)', 'Ministry of Internal Affairs'),
		PGO: mk('PGO', 'Baş Prokurorluq', "Prosecutor General's Office", 'agency'),
		MLSPP: mk(
			'MLSPP',
			'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
			'Ministry of Labour and Social Protection of Population'
		),
		SEA: mk('SEA', 'Dövlət Məşğulluq Agentliyi', 'State Employment Agency (MLSPP)', 'agency'),
		VAC: mk(
			'VAC',
			'İnsan Alveri Qurbanlarına Yardım Mərkəzi',
			'Assistance Center for Victims of Human Trafficking (Social Services Agency, MLSPP)',
			'agency'
		),
		MOJ: mk('MOJ', 'Ədliyyə Nazirliyi', 'Ministry of Justice'),
		SUPREME_COURT: mk('SUPREME_COURT', 'Ali Məhkəmə', 'Supreme Court', 'court', 'judiciary'),
		OMBUDSMAN: mk(
			'OMBUDSMAN',
			'İnsan Hüquqları üzrə Müvəkkil (Ombudsman)',
			'Commissioner for Human Rights (Ombudsman)',
			'agency',
			'ombudsman'
		),
		NGO: mk(
			'NGO_TEMIZ_DUNYA',
			'“Təmiz Dünya” İctimai Birliyi',
			"'Temiz Dunya' (Clean World) Public Union — shelter for women",
			'ngo',
			'ngo_shelter'
		)
	};
}

export function setup(db: DB) {
	const inst = seedInstitutions(db);
	const plan = makePlan(db, { code: 'NAP', startYear: 2020, endYear: 2024 });
	return { inst, plan };
}

export const HEADER = ['No.', 'Action (az)', 'Action (en)', 'Executing bodies', 'Period'];

/** A valid table: two sections, four actions, in both languages. */
export const GOOD: string[][] = [
	HEADER,
	['4.1', 'Hüquqi baza', 'Legal framework', '', ''],
	[
		'4.1.1',
		'Qanunvericiliyin təkmilləşdirilməsi',
		'Improving legislation',
		'MOJ; MIA',
		'2020-2022'
	],
	[
		'4.1.2',
		'Uşaqların istismarına qarşı tədbirlər',
		'Measures against the exploitation of children',
		'Daxili İşlər Nazirliyi; PGO; Supreme Court',
		'2021'
	],
	['', '4.2. Qurbanların müdafiəsi', '4.2. Protection of victims', '', ''],
	['4.2.1', 'Sığınacaqlar', 'Shelters', 'VAC; NGO_TEMIZ_DUNYA; OMBUDSMAN', 'daimi'],
	['4.2.10', 'Qaynar xətt', '', 'MIA (partner); VAC (lead)', '2023–2024']
];
