import { isIsoDate } from '../../dates';
import { ids, listValues } from './round-table-form';
import { formValues, str, type FormResult } from './fields';

export const DECISION_TEXT_MAX = 2000;

export interface DecisionInput {
	/** D = decision, R = recommendation */
	type: 'D' | 'R';
	textAz: string | null;
	textEn: string | null;
	institutionIds: number[];
	dueDate: string;
}

export function parseDecisionForm(form: FormData): FormResult<DecisionInput> {
	const errors: Record<string, string> = {};
	const type = str(form, 'type');
	const textAz = str(form, 'textAz');
	const textEn = str(form, 'textEn');
	const dueDate = str(form, 'dueDate');
	const institutionIds = ids(form, 'institutions');
	if (type !== 'D' && type !== 'R') errors.type = 'error.required';
	if (textAz === '' && textEn === '') errors.textAz = 'rt.text_required';
	if (textAz.length > DECISION_TEXT_MAX) errors.textAz = 'reviews.too_long';
	if (textEn.length > DECISION_TEXT_MAX) errors.textEn = 'reviews.too_long';
	if (dueDate === '') errors.dueDate = 'error.required';
	else if (!isIsoDate(dueDate)) errors.dueDate = 'reviews.date_invalid';
	if (institutionIds === null) errors.institutions = 'rt.unknown_institution';
	else if (institutionIds.length === 0) errors.institutions = 'rt.choose_institution';
	if (Object.keys(errors).length) {
		return {
			ok: false,
			errors,
			values: { ...formValues(form), institutions: listValues(form, 'institutions') }
		};
	}
	return {
		ok: true,
		data: {
			type: type as 'D' | 'R',
			textAz: textAz || null,
			textEn: textEn || null,
			institutionIds: institutionIds!,
			dueDate
		}
	};
}
