import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { listNotifications, markRead } from '$lib/server/notifications';
import { translate } from '$lib/i18n/core';
import { formatDate } from '$lib/format';
import type { Actions, PageServerLoad } from './$types';
import { parseId } from '$lib/ids';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const locale = event.locals.locale;
	// the message key is stored with each notification, so it is translated here: the page's
	// dictionary holds only the strings its own code names. Dates in the params are ISO days,
	// shown in the reader's language.
	const notifications = listNotifications(db, user.id, 200).map((n) => ({
		...n,
		text: translate(
			locale,
			n.messageKey,
			Object.fromEntries(
				Object.entries(n.params).map(([k, v]) => [
					k,
					typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v, locale) : v
				])
			)
		)
	}));
	return { notifications };
};

export const actions: Actions = { read: readAction };

async function readAction(event: Parameters<Actions['read']>[0]) {
	const user = requireUser(event);
	const form = await event.request.formData();
	// only the user's own notifications are touched, whatever ids are sent
	const ids = form
		.getAll('id')
		.map((v) => parseId(String(v)))
		.filter((id) => id !== null);
	markRead(db, user.id, ids, new Date());
	return { ok: true };
}
