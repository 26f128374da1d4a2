import { fail, redirect } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { db } from '$lib/server/db';
import { authenticate } from '$lib/server/auth/login';
import { SESSION_COOKIE, createSession, sessionExpiry } from '$lib/server/auth/session';
import { parseLoginForm } from '$lib/server/forms/login-form';
import { homeFor } from '$lib/nav';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user && locals.session?.twoFactorVerified !== false) redirect(303, homeFor(locals.user.role));
	return {};
};

export const actions: Actions = { default: loginAction };

async function loginAction(event: Parameters<Actions['default']>[0]) {
	const form = await event.request.formData();
	const parsed = parseLoginForm(form);
	if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values, minutes: 0 });

	const result = await authenticate(
		db,
		parsed.data.email,
		parsed.data.password,
		event.getClientAddress()
	);
	if (!result.ok) {
		const minutes = Math.ceil((result.retryAfterMs ?? 0) / 60_000);
		const errors: Record<string, string> = { form: result.error };
		return fail(result.error === 'auth.locked' ? 429 : 400, {
			errors,
			minutes,
			values: { email: parsed.data.email }
		});
	}

	const { session, token } = createSession(db, result.userId);
	event.cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: !dev && event.url.protocol === 'https:',
		expires: sessionExpiry(session)
	});
	const next = event.url.searchParams.get('next');
	// only same-site paths: never an open redirect
	redirect(303, next && /^\/(?!\/)/.test(next) ? next : '/');
}
