import { error, type RequestEvent } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { forbidden, requireInstitution } from '$lib/server/auth/guards';
import { mayTranslate, textsView, translateTexts } from '$lib/server/statistics/translations';
import { parseStatTextsForm } from '$lib/server/forms/stat-texts-form';
import { formValues } from '$lib/server/forms/fields';
import { failAction, invalid, statusOf } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad } from './$types';

type Event = RequestEvent<{ institutionId: string; periodId: string }>;

function guard(event: Event) {
	const institutionId = Number(event.params.institutionId);
	const periodId = Number(event.params.periodId);
	const user = requireInstitution(event, institutionId);
	const view = textsView(db, institutionId, periodId);
	if (!view) error(404, { message: 'not_found' });
	return { user, view };
}

export const load: PageServerLoad = (event) => {
	const { user, view } = guard(event);
	return {
		institution: view.institution,
		period: view.period,
		groups: view.groups,
		canTranslate: mayTranslate(user)
	};
};

export const actions: Actions = {
	translate: async (event) => {
		const { user, view } = guard(event);
		const report = view.report;
		if (!mayTranslate(user)) forbidden();
		if (!report) error(404, { message: 'not_found' });
		const form = await event.request.formData();
		const parsed = parseStatTextsForm(form, report.id);
		if (!parsed.ok) return invalid('translate', parsed.errors, parsed.values);
		const r = translateTexts(db, user, parsed.data, new Date());
		if (!r.ok)
			// `not_found`: no cell holds the text the form was loaded with any more, so someone
			// changed it meanwhile: a conflict, not a missing page
			return failAction('translate', statusOf(r.error === 'forbidden' ? r.error : 'conflict'), {
				errors: { form: 'stat.texts.error.changed' } as Record<string, string>,
				values: formValues(form)
			});
		return { done: 'stat.texts.saved', count: r.cells };
	}
};
