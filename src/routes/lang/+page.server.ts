import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { isLocale } from '$lib/i18n/core';
import { LOCALE_COOKIE } from '$lib/server/locale';
import { setUserLocale } from '$lib/server/users';
import { safePath } from '$lib/server/safe-path';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, cookies, locals }) => {
		const form = await request.formData();
		const locale = form.get('locale');
		const target = form.get('redirectTo');
		if (isLocale(locale)) {
			cookies.set(LOCALE_COOKIE, locale, {
				path: '/',
				httpOnly: false,
				sameSite: 'lax',
				maxAge: 60 * 60 * 24 * 365
			});
			if (locals.user) setUserLocale(db, locals.user.id, locale);
		}
		redirect(303, safePath(target));
	}
};
