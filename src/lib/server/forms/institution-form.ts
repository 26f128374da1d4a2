import { INSTITUTION_KINDS, type InstitutionKind } from '../db/schema';
import { formValues, str, type FormResult } from './fields';

export interface InstitutionInput {
	code: string;
	nameAz: string;
	nameEn: string;
	kind: InstitutionKind;
}

export function parseInstitutionForm(form: FormData): FormResult<InstitutionInput> {
	const errors: Record<string, string> = {};
	const code = str(form, 'code').toUpperCase();
	if (code === '') errors.code = 'error.required';
	else if (!/^[A-Z0-9][A-Z0-9_-]{0,39}$/.test(code)) errors.code = 'institution.code_invalid';
	const nameAz = str(form, 'nameAz');
	const nameEn = str(form, 'nameEn');
	if (nameAz === '') errors.nameAz = 'error.required';
	else if (nameAz.length > 300) errors.nameAz = 'institution.name_too_long';
	if (nameEn === '') errors.nameEn = 'error.required';
	else if (nameEn.length > 300) errors.nameEn = 'institution.name_too_long';
	const kind = str(form, 'kind') as InstitutionKind;
	if (!INSTITUTION_KINDS.includes(kind)) errors.kind = 'institution.kind_invalid';
	if (Object.keys(errors).length) return { ok: false, errors, values: formValues(form) };
	return { ok: true, data: { code, nameAz, nameEn, kind } };
}
