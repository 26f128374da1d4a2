import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { requiresTwoFactor } from '$lib/server/auth/policy';
import { changePassword, updateProfile } from '$lib/server/account';
import {
	disableTwoFactor,
	regenerateRecoveryCodes,
	remainingRecoveryCodes
} from '$lib/server/auth/two-factor';
import { parseProfileForm } from '$lib/server/forms/profile-form';
import { parseChangePasswordForm } from '$lib/server/forms/password-form';
import { contextWords } from '$lib/server/auth/password-policy';
import { parseCode } from '$lib/server/forms/code-form';
import { MIN_PASSWORD_LENGTH } from '$lib/server/auth/password';
import { getUserById } from '$lib/server/users';
import { mailPreferences, setMailPreferences } from '$lib/server/mail-queue/preferences';
import { parseMailPrefsForm } from '$lib/server/forms/mail-prefs-form';
import { failAction, invalid, statusOf } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const row = getUserById(db, user.id)!;
	return {
		profile: { name: row.name, email: row.email, locale: row.locale, role: row.role },
		twoFactor: {
			enabled: row.totpKey !== null,
			remaining: remainingRecoveryCodes(row),
			canDisable: !requiresTwoFactor(row.role)
		},
		mailPrefs: mailPreferences(db, user),
		minPasswordLength: MIN_PASSWORD_LENGTH,
		saved: event.url.searchParams.get('saved')
	};
};

export const actions: Actions = {
	profile: profileAction,
	password: passwordAction,
	regenerate: regenerateAction,
	disable: disableAction,
	mail: mailAction
};

async function mailAction(event: RequestEvent) {
	const user = requireUser(event);
	const parsed = parseMailPrefsForm(await event.request.formData());
	if (!parsed.ok) return invalid('mail', parsed.errors, parsed.values);
	setMailPreferences(db, user, parsed.data.enabled, new Date());
	return { mailSaved: true };
}

async function profileAction(event: RequestEvent) {
	const user = requireUser(event);
	const parsed = parseProfileForm(await event.request.formData());
	if (!parsed.ok) return invalid('profile', parsed.errors, parsed.values);
	updateProfile(db, user, parsed.data, new Date());
	// a fresh page, so that a new language applies to everything on it
	redirect(303, '/account?saved=profile');
}

async function passwordAction(event: RequestEvent) {
	const user = requireUser(event);
	const parsed = parseChangePasswordForm(
		await event.request.formData(),
		user.email,
		contextWords(db, user)
	);
	if (!parsed.ok)
		return failAction('password', 400, {
			errors: parsed.errors,
			values: parsed.values,
			minutes: 0
		});
	const result = await changePassword(db, user, event.locals.session!.id, parsed.data, new Date());
	if (!result.ok) {
		const minutes = Math.ceil((result.retryAfterMs ?? 0) / 60_000);
		const errors: Record<string, string> = { passwordCurrent: result.error };
		return failAction('password', statusOf(result.error), { errors, values: {}, minutes });
	}
	return { passwordChanged: true };
}

async function codeAction(
	event: RequestEvent,
	name: 'regenerate' | 'disable',
	run: (
		code: string
	) => { ok: true; recoveryCodes?: string[] } | { ok: false; error: string; retryAfterMs?: number }
) {
	const parsed = parseCode(await event.request.formData());
	if (!parsed.ok) return failAction(name, 400, { errors: { code: parsed.error }, minutes: 0 });
	const result = run(parsed.code);
	if (!result.ok) {
		const minutes = Math.ceil((result.retryAfterMs ?? 0) / 60_000);
		return failAction(name, statusOf(result.error), { errors: { code: result.error }, minutes });
	}
	return { twoFactorDone: name, recoveryCodes: result.recoveryCodes ?? null };
}

function regenerateAction(event: RequestEvent) {
	const user = requireUser(event);
	return codeAction(event, 'regenerate', (code) =>
		regenerateRecoveryCodes(db, user, code, new Date())
	);
}

function disableAction(event: RequestEvent) {
	const user = requireUser(event);
	return codeAction(event, 'disable', (code) => disableTwoFactor(db, user, code, new Date()));
}
