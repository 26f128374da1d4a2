import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { checkUserToken, setPasswordWithToken } from '$lib/server/auth/user-token';
import { parseSetPasswordForm } from '$lib/server/forms/password-form';
import { contextWords } from '$lib/server/auth/password-policy';
import { MIN_PASSWORD_LENGTH } from '$lib/server/auth/password';
import { deleteSessionCookie } from '$lib/server/auth/session';
import { invalid, refused } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad } from './$types';

// Public: the link itself is the credential. It serves invitations and password resets alike.
export const load: PageServerLoad = ({ params }) => {
	const check = checkUserToken(db, params.token, new Date());
	return {
		minPasswordLength: MIN_PASSWORD_LENGTH,
		link: check.ok
			? { ok: true as const, kind: check.kind, email: check.user.email, name: check.user.name }
			: { ok: false as const, error: check.error }
	};
};

export const actions: Actions = { setPassword: setPasswordAction };

async function setPasswordAction({
	params,
	request,
	cookies,
	url
}: Parameters<Actions['setPassword']>[0]) {
	const now = new Date();
	const check = checkUserToken(db, params.token, now);
	if (!check.ok) return refused('setPassword', check.error);
	const parsed = parseSetPasswordForm(
		await request.formData(),
		check.user.email,
		contextWords(db, check.user)
	);
	if (!parsed.ok) return invalid('setPassword', parsed.errors);
	const result = await setPasswordWithToken(db, params.token, parsed.data.password, now);
	if (!result.ok) return refused('setPassword', result.error);
	// whoever was signed in in this browser is not the person who set this password
	deleteSessionCookie(cookies, url);
	redirect(303, '/login?set=1');
}
