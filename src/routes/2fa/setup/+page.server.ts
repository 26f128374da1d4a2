import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireSession, twoFactorStep } from '$lib/server/auth/guards';
import { requiresTwoFactor } from '$lib/server/auth/policy';
import {
	confirmEnrolment,
	describeEnrolment,
	readEnrolmentToken
} from '$lib/server/auth/two-factor';
import { parseCode } from '$lib/server/forms/code-form';
import { safePath } from '$lib/server/safe-path';
import { failAction, statusOf } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user, session } = requireSession(event);
	const next = safePath(event.url.searchParams.get('next'));
	if (twoFactorStep(user, session) === 'verify')
		redirect(303, `/2fa?next=${encodeURIComponent(next)}`);
	return {
		next,
		required: requiresTwoFactor(user.role),
		enabled: user.totpEnabled,
		enrolment: user.totpEnabled ? null : await describeEnrolment(user, session.id)
	};
};

export const actions: Actions = { confirm: confirmAction };

async function confirmAction(event: Parameters<Actions['confirm']>[0]) {
	const { user, session } = requireSession(event);
	const form = await event.request.formData();
	const token = form.get('token');
	const key = typeof token === 'string' ? readEnrolmentToken(token, user.id, session.id) : null;
	// the same key again, so that a typo does not force a new scan
	const enrolment = key ? await describeEnrolment(user, session.id, key) : null;
	const parsed = parseCode(form);
	if (!parsed.ok)
		return failAction('confirm', 400, { errors: { code: parsed.error }, minutes: 0, enrolment });
	const result = confirmEnrolment(
		db,
		user,
		session.id,
		String(token ?? ''),
		parsed.code,
		new Date()
	);
	if (!result.ok) {
		const minutes = Math.ceil((result.retryAfterMs ?? 0) / 60_000);
		return failAction('confirm', statusOf(result.error), {
			errors: { code: result.error },
			minutes,
			enrolment
		});
	}
	return { recoveryCodes: result.recoveryCodes };
}
