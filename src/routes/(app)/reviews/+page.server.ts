import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { parseSnapshotForm } from '$lib/server/forms/snapshot-form';
import { formValues } from '$lib/server/forms/fields';
import { createSnapshot, listSnapshots } from '$lib/server/reviews/snapshots';
import { reviewPlans } from '$lib/server/reviews/plan-view';
import { invalid, rejected } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad } from './$types';
import { today } from '$lib/dates';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'reviewer', 'admin');
	const day = today();
	return { plans: reviewPlans(db, day), snapshots: listSnapshots(db), today: day };
};

export const actions: Actions = { freeze: freezeAction };

async function freezeAction(event: Parameters<Actions['freeze']>[0]) {
	const user = requireRole(event, 'reviewer', 'admin');
	const form = await event.request.formData();
	const parsed = parseSnapshotForm(form);
	if (!parsed.ok) return invalid('freeze', parsed.errors, parsed.values);
	const result = createSnapshot(db, { id: user.id, role: user.role }, parsed.data, new Date());
	if (!result.ok) return rejected('freeze', result.errors, formValues(form));
	return {
		frozen: {
			id: result.snapshot.id,
			name: result.snapshot.name,
			progress: result.progress,
			statistics: result.statistics
		}
	};
}
