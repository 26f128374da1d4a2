// UNODC GLOTIP counts persons as women / men / girls / boys: the cross of sex and age group.
// (Pure, no imports: used by pages and by server modules alike.)
export type GlotipPerson = 'women' | 'men' | 'girls' | 'boys';

export function glotipPerson(key: string): GlotipPerson | null {
	const parts = Object.fromEntries(
		key
			.split(';')
			.filter(Boolean)
			.map((p) => p.split('='))
	);
	if (Object.keys(parts).length !== 2 || !parts.sex || !parts.age) return null;
	const adult = parts.age === 'adult';
	if (parts.sex === 'female') return adult ? 'women' : 'girls';
	if (parts.sex === 'male') return adult ? 'men' : 'boys';
	return null;
}
