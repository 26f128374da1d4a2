import { SENSITIVITIES } from '../db/schema';
import { formValues, str, type FormResult } from './fields';

type Sensitivity = (typeof SENSITIVITIES)[number];

/** The evidence forms: a file upload or a link, each with a sensitivity and an optional label. */
export function parseEvidenceForm(
	form: FormData,
	kind: 'file' | 'link'
): FormResult<{
	file: File | null;
	url: string | null;
	sensitivity: Sensitivity;
	label: string | null;
}> {
	const errors: Record<string, string> = {};
	const sensitivity = str(form, 'sensitivity');
	if (!(SENSITIVITIES as readonly string[]).includes(sensitivity))
		errors.sensitivity = 'progress.error.sensitivity';
	const label = str(form, 'label').slice(0, 200) || null;
	let file: File | null = null;
	let url: string | null = null;
	if (kind === 'file') {
		const f = form.get('file');
		if (!(f instanceof File) || f.size === 0 || f.name === '')
			errors.file = 'progress.error.no_file';
		else file = f;
	} else {
		url = str(form, 'url');
		if (url === '') errors.url = 'error.required';
	}
	if (Object.keys(errors).length) return { ok: false, errors, values: formValues(form) };
	return { ok: true, data: { file, url, sensitivity: sensitivity as Sensitivity, label } };
}
