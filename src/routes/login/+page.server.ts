import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { authenticate } from '$lib/server/auth/login';
import { createSession, setSessionCookie, toSessionUser } from '$lib/server/auth/session';
import { twoFactorStep } from '$lib/server/auth/guards';
import { parseLoginForm } from '$lib/server/forms/login-form';
import { getUserById } from '$lib/server/users';
import { safePath } from '$lib/server/safe-path';
import { homeFor } from '$lib/nav';
import { failAction, statusOf } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user && locals.session && twoFactorStep(locals.user, locals.session) === 'none')
		redirect(303, homeFor(locals.user.role));
	// after an invitation or reset link: "password set, now sign in"
	return { passwordSet: url.searchParams.get('set') === '1' };
};

export const actions: Actions = { default: loginAction };

async function loginAction(event: Parameters<Actions['default']>[0]) {
	const form = await event.request.formData();
	const parsed = parseLoginForm(form);
	// the page's one form is the default action; its failure is named after what it does
	if (!parsed.ok)
		return failAction('login', 400, { errors: parsed.errors, values: parsed.values, seconds: 0 });

	const result = await authenticate(
		db,
		parsed.data.email,
		parsed.data.password,
		event.getClientAddress()
	);
	if (!result.ok) {
		// a throttled attempt waits seconds to minutes (auth/throttle.ts), said in seconds
		const seconds = Math.ceil((result.retryAfterMs ?? 0) / 1000);
		const locked = result.error === 'auth.locked';
		const errors: Record<string, string> = { form: locked ? 'auth.wait' : result.error };
		return failAction('login', statusOf(result.error), {
			errors,
			values: { email: parsed.data.email },
			seconds
		});
	}

	const { session, token } = createSession(db, result.userId);
	setSessionCookie(event.cookies, event.url, token, session);
	const next = safePath(event.url.searchParams.get('next'));
	const step = twoFactorStep(toSessionUser(getUserById(db, result.userId)!), session);
	if (step === 'none') redirect(303, next);
	redirect(303, `${step === 'setup' ? '/2fa/setup' : '/2fa'}?next=${encodeURIComponent(next)}`);
}
