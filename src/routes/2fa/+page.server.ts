import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireSession, twoFactorStep } from '$lib/server/auth/guards';
import { verifySecondFactor } from '$lib/server/auth/two-factor';
import { parseCode } from '$lib/server/forms/code-form';
import { safePath } from '$lib/server/safe-path';
import { failAction, statusOf } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const { user, session } = requireSession(event);
	const next = safePath(event.url.searchParams.get('next'));
	const step = twoFactorStep(user, session);
	if (step === 'none') redirect(303, next);
	if (step === 'setup') redirect(303, `/2fa/setup?next=${encodeURIComponent(next)}`);
	return {};
};

export const actions: Actions = { verify: verifyAction };

async function verifyAction(event: Parameters<Actions['verify']>[0]) {
	const { user, session } = requireSession(event);
	const parsed = parseCode(await event.request.formData());
	if (!parsed.ok) return failAction('verify', 400, { errors: { code: parsed.error }, minutes: 0 });
	const result = verifySecondFactor(db, user.id, session.id, parsed.code, new Date());
	if (!result.ok) {
		const minutes = Math.ceil((result.retryAfterMs ?? 0) / 60_000);
		return failAction('verify', statusOf(result.error), {
			errors: { code: result.error },
			minutes
		});
	}
	redirect(303, safePath(event.url.searchParams.get('next')));
}
