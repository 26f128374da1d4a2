import { institution, type InstitutionKind } from '../../src/lib/server/db/schema';
import { readSeedJson, type SeedContext } from '../context';

interface SourceInstitution {
	code: string;
	name_en: string;
	name_az: string;
	kind: string;
	verification?: string;
}

// the source data's finer kinds, folded into the model's five (the finer one is kept too)
const KIND_MAP: Record<string, InstitutionKind> = {
	ministry: 'ministry',
	judiciary: 'court',
	international: 'international',
	ngo: 'ngo',
	ngo_shelter: 'ngo',
	ngo_network: 'ngo',
	professional_body: 'other',
	parliament: 'other'
};

export default function seedInstitutions({ db, log }: SeedContext) {
	const rows = readSeedJson<SourceInstitution[]>('institutions.json');
	for (const r of rows) {
		db.insert(institution)
			.values({
				code: r.code,
				nameAz: r.name_az,
				nameEn: r.name_en,
				kind: KIND_MAP[r.kind] ?? 'agency',
				subKind: r.kind,
				verification: r.verification ?? null
			})
			.onConflictDoNothing()
			.run();
	}
	log(`${rows.length} institutions`);
}
