import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { parseSnapshotForm } from '$lib/server/forms/snapshot-form';
import { createSnapshot, listSnapshots } from '$lib/server/reviews/snapshots';
import { reviewPlans } from '$lib/server/reviews/plan-view';
import { submitForm } from '$lib/server/forms/submit';
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
	const actor = { id: user.id, role: user.role };
	return submitForm(
		event.request,
		'freeze',
		parseSnapshotForm,
		(data) => createSnapshot(db, actor, data, new Date()),
		(result) => ({
			frozen: {
				id: result.snapshot.id,
				name: result.snapshot.name,
				progress: result.progress,
				statistics: result.statistics
			}
		})
	);
}
