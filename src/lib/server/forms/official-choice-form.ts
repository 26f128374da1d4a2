// The reconciliation page's "publish this institution's figure" form: metric, period, institution
// (or "official" to go back to the metric's official source) and a reason.
import { answer, str, type FormResult } from './fields';
import { parseId } from '../../ids';

export const REASON_MAX = 500;

export interface OfficialChoiceInput {
	metricId: number;
	periodId: number;
	institutionId: number | null;
	reason: string;
}

export function parseOfficialChoiceForm(form: FormData): FormResult<OfficialChoiceInput> {
	const errors: Record<string, string> = {};
	const [metricId, periodId] = [parseId(str(form, 'metricId')), parseId(str(form, 'periodId'))];
	// metric and period come from the page, not from the user: a bad one is a row that is gone
	if (metricId === null || periodId === null) errors.form = 'stat.error.not_found';
	const inst = str(form, 'institutionId');
	const institutionId = inst === 'official' ? null : parseId(inst);
	if (inst !== 'official' && institutionId === null)
		errors.institutionId = 'stat.combine.official_required';
	const reason = str(form, 'reason');
	if (reason === '') errors.reason = 'stat.combine.reason_required';
	else if (reason.length > REASON_MAX) errors.reason = 'stat.combine.reason_too_long';
	// errors.form stands whenever metric or period is missing, so data runs only with both
	return answer(form, errors, () => ({
		metricId: metricId!,
		periodId: periodId!,
		institutionId,
		reason
	}));
}
