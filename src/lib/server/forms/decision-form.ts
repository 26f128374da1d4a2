import { isIsoDate } from '../../dates';
import { checkBilingual, chosenInstitutions, valuesWithList } from './round-table-form';
import { answer, texts, type FormResult } from './fields';

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
	const f = texts(form, ['type', 'textAz', 'textEn', 'dueDate']);
	const { type, textAz, textEn, dueDate } = f;
	if (type !== 'D' && type !== 'R') errors.type = 'error.required';
	checkBilingual(errors, 'text', f, DECISION_TEXT_MAX, 'rt.text_required');
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
