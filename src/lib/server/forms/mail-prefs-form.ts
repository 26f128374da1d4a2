import { MAIL_KINDS, type MailKind } from '../db/schema';
import type { FormResult } from './fields';

/** The mail settings form: one checkbox `on` per kind the user keeps; unknown values are ignored. */
export function parseMailPrefsForm(form: FormData): FormResult<{ enabled: MailKind[] }> {
	const enabled = form
		.getAll('on')
		.map(String)
		.filter((k): k is MailKind => (MAIL_KINDS as readonly string[]).includes(k));
	return { ok: true, data: { enabled } };
}
