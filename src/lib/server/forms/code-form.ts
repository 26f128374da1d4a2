import { str } from './fields';

/** A second-factor code: six digits or a recovery code. Only the shape is checked here. */
export function parseCode(
	form: FormData
): { ok: true; code: string } | { ok: false; error: string } {
	const code = str(form, 'code');
	if (code === '') return { ok: false, error: 'error.required' };
	if (code.length > 40) return { ok: false, error: 'twofa.invalid' };
	return { ok: true, code };
}
