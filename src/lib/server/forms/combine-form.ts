// The admin's "how institutions' figures combine" form of a metric: sum, or one official source.
import { STAT_COMBINE_MODES, type StatCombineMode } from '../db/schema';
import { formValues, str, type FormResult } from './fields';

export function parseCombineForm(
	form: FormData
): FormResult<{ combine: StatCombineMode; officialInstitutionId: number | null }> {
	const combine = str(form, 'combine');
	const official = str(form, 'officialInstitutionId');
	const errors: Record<string, string> = {};
	if (!(STAT_COMBINE_MODES as readonly string[]).includes(combine))
		errors.combine = 'stat.combine.mode_invalid';
	if (combine === 'official' && !/^\d+$/.test(official))
		errors.officialInstitutionId = 'stat.combine.official_required';
	if (Object.keys(errors).length) return { ok: false, errors, values: formValues(form) };
	return {
		ok: true,
		data: {
			combine: combine as StatCombineMode,
			officialInstitutionId: combine === 'official' ? Number(official) : null
		}
	};
}
