import { isIsoDate } from '../../dates';
import { chosenInstitutions, valuesWithList } from './round-table-form';
import { answer, str, type FormResult } from './fields';

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
	if (type !== 'D' && type !== 'R') errors.type = 'error.required';
	if (textAz === '' && textEn === '') errors.textAz = 'rt.text_required';
	if (textAz.length > DECISION_TEXT_MAX) errors.textAz = 'reviews.too_long';
	if (textEn.length > DECISION_TEXT_MAX) errors.textEn = 'reviews.too_long';
	if (dueDate === '') errors.dueDate = 'error.required';
	else if (!isIsoDate(dueDate)) errors.dueDate = 'reviews.date_invalid';
	const institutionIds = chosenInstitutions(form, 'institutions', errors);
	const data = () => ({
		type: type as 'D' | 'R',
		textAz: textAz || null,
		textEn: textEn || null,
		institutionIds,
		dueDate
	});
	return answer(form, errors, data, valuesWithList(form, 'institutions'));
}
