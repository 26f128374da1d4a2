import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { institution } from '$lib/server/db/schema';
import { forbidden, requireInstitution } from '$lib/server/auth/guards';
import { findReport } from '$lib/server/statistics/reports';
import { getStatPeriod } from '$lib/server/statistics/periods';
import { mayTranslate, reportTexts, translateTexts } from '$lib/server/statistics/translations';
import { parseStatTextsForm } from '$lib/server/forms/stat-texts-form';
import type { Actions, PageServerLoad } from './$types';

type Event = RequestEvent<{ institutionId: string; periodId: string }>;

function guard(event: Event) {
	const institutionId = Number(event.params.institutionId);
	const periodId = Number(event.params.periodId);
	const user = requireInstitution(event, institutionId);
	const inst = db.select().from(institution).where(eq(institution.id, institutionId)).get();
	const period = getStatPeriod(db, periodId);
	if (!inst || !period) error(404, { message: 'not_found' });
	return { user, inst, period, report: findReport(db, institutionId, periodId) };
}

export const load: PageServerLoad = (event) => {
	const { user, inst, period, report } = guard(event);
	return {
		institution: inst,
		period,
		groups: report ? reportTexts(db, report.id) : [],
		canTranslate: mayTranslate(user)
	};
};

export const actions: Actions = {
	translate: async (event) => {
		const { user, report } = guard(event);
		if (!mayTranslate(user)) forbidden();
		if (!report) error(404, { message: 'not_found' });
		const form = await event.request.formData();
		const parsed = parseStatTextsForm(form, report.id);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const r = translateTexts(db, user, parsed.data, new Date());
		if (!r.ok)
			return fail(r.error === 'forbidden' ? 403 : 409, {
				errors: { form: 'stat.texts.error.changed' },
				values: Object.fromEntries(form) as Record<string, string>
			});
		return { done: 'stat.texts.saved', count: r.cells };
	}
};
