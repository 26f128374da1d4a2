import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { parseDisclosureSettingsForm } from '$lib/server/forms/disclosure-settings-form';
import {
	getDisclosureSettings,
	saveDisclosureSettings
} from '$lib/server/dashboards/disclosure-settings';
import { invalid } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return { settings: getDisclosureSettings(db), origin: event.url.origin };
};

export const actions: Actions = { save: saveAction };

async function saveAction(event: Parameters<Actions[string]>[0]) {
	const user = requireRole(event, 'admin');
	const parsed = parseDisclosureSettingsForm(await event.request.formData());
	if (!parsed.ok) return invalid('save', parsed.errors, parsed.values);
	saveDisclosureSettings(db, { id: user.id, role: user.role }, parsed.data, new Date());
	return { saved: true };
}
