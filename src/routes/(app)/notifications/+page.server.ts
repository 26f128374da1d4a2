import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { listNotifications, markRead } from '$lib/server/notifications';
import type { Actions, PageServerLoad } from './$types';
import { parseId } from '$lib/ids';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	return { notifications: listNotifications(db, user.id, 200) };
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
