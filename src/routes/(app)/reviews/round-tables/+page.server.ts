import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { institutionNames } from '$lib/server/institutions';
import { parseRoundTableForm, valuesWithList } from '$lib/server/forms/round-table-form';
import { createRoundTable, listRoundTables } from '$lib/server/reviews/round-tables';
import { listSnapshots } from '$lib/server/reviews/snapshots';
import { reviewPlans } from '$lib/server/reviews/plan-view';
import { today } from '$lib/dates';
import { snapshotName } from '$lib/snapshot-name';
import { invalid, rejected } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'reviewer', 'admin');
	return {
		roundTables: listRoundTables(db),
		plans: reviewPlans(db, today()),
		snapshots: listSnapshots(db).map((s) => ({
			id: s.id,
			name: snapshotName(s, event.locals.locale),
			asOf: s.asOf,
			planId: s.planId
		})),
		institutions: institutionNames(db, { locale: event.locals.locale, activeOnly: true })
	};
};

export const actions: Actions = { create: createAction };

async function createAction(event: Parameters<Actions['create']>[0]) {
	const user = requireRole(event, 'reviewer', 'admin');
	const form = await event.request.formData();
	const parsed = parseRoundTableForm(form);
	if (!parsed.ok) return invalid('create', parsed.errors, parsed.values);
	const result = createRoundTable(db, { id: user.id, role: user.role }, parsed.data, new Date());
	if (!result.ok) return rejected('create', result.errors, valuesWithList(form, 'participants'));
	redirect(303, `/reviews/round-tables/${result.value.id}?created=1`);
}
