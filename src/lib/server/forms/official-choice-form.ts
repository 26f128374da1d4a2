// The reconciliation page's "publish this institution's figure" form: metric, period, institution
// (or "official" to go back to the metric's official source) and a reason.
import { formValues, str, type FormResult } from './fields';

export const REASON_MAX = 500;

export interface OfficialChoiceInput {
	metricId: number;
	periodId: number;
	institutionId: number | null;
	reason: string;
}

export function parseOfficialChoiceForm(form: FormData): FormResult<OfficialChoiceInput> {
	const errors: Record<string, string> = {};
	const metricId = str(form, 'metricId');
	const periodId = str(form, 'periodId');
	const inst = str(form, 'institutionId');
	const reason = str(form, 'reason');
	if (!/^\d+$/.test(metricId) || !/^\d+$/.test(periodId)) errors.form = 'stat.error.not_found';
	if (inst !== 'official' && !/^\d+$/.test(inst))
		errors.institutionId = 'stat.combine.official_required';
	if (reason === '') errors.reason = 'stat.combine.reason_required';
	else if (reason.length > REASON_MAX) errors.reason = 'stat.combine.reason_too_long';
	if (Object.keys(errors).length) return { ok: false, errors, values: formValues(form) };
	return {
		ok: true,
		data: {
			metricId: Number(metricId),
			periodId: Number(periodId),
			institutionId: inst === 'official' ? null : Number(inst),
			reason
		}
	};
}
