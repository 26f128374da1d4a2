// The form that adds or corrects the other language of one of a report's sources or notes: the
// group's texts as shown (hidden fields fromAz/fromEn) and both languages after the change.
import { formValues, str, type FormResult } from './fields';
import type { TranslateInput } from '../statistics/translations';

export const TEXT_MAX = 500;

export function parseStatTextsForm(form: FormData, reportId: number): FormResult<TranslateInput> {
	const errors: Record<string, string> = {};
	const kind = str(form, 'kind');
	const orNull = (s: string) => (s === '' ? null : s);
	const az = orNull(str(form, 'az'));
	const en = orNull(str(form, 'en'));
	if (kind !== 'source' && kind !== 'note') errors.form = 'stat.error.not_found';
	if (az === null && en === null) errors.en = 'stat.texts.error.empty';
	if ((az?.length ?? 0) > TEXT_MAX) errors.az = 'stat.error.source_too_long';
	if ((en?.length ?? 0) > TEXT_MAX) errors.en = 'stat.error.source_too_long';
	if (Object.keys(errors).length) return { ok: false, errors, values: formValues(form) };
	return {
		ok: true,
		data: {
			reportId,
			kind: kind as TranslateInput['kind'],
			from: { az: orNull(str(form, 'fromAz')), en: orNull(str(form, 'fromEn')) },
			to: { az, en }
		}
	};
}
