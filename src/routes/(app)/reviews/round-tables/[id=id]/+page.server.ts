import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { institutionNames } from '$lib/server/institutions';
import { parseDecisionForm } from '$lib/server/forms/decision-form';
import { parseRoundTableForm, valuesWithList } from '$lib/server/forms/round-table-form';
import { parseId } from '$lib/ids';
import { formValues } from '$lib/server/forms/fields';
import { failAction, invalid, invalidRow, rejected, rejectedRow } from '$lib/server/forms/fail';
import {
	addDecision,
	getRoundTable,
	updateDecision,
	updateRoundTable,
	withdrawDecision,
	withdrawRoundTable
} from '$lib/server/reviews/round-tables';
import { decisionProgress } from '$lib/server/reviews/decision-status';
import { listSnapshots } from '$lib/server/reviews/snapshots';
import { snapshotName } from '$lib/snapshot-name';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'reviewer', 'admin');
	const rt = getRoundTable(db, Number(event.params.id));
	if (!rt) error(404, { message: 'not_found' });
	const progress = decisionProgress(db, rt.decisions, new Date());
	const institutions = institutionNames(db, { locale: event.locals.locale, activeOnly: true });
	const snapshots = listSnapshots(db, rt.roundTable.planId).map((s) => ({
		id: s.id,
		name: snapshotName(s, event.locals.locale)
	}));
	return {
		...rt,
		institutions,
		snapshots,
		created: event.url.searchParams.has('created'),
		decisions: rt.decisions.map((d) => {
			const p = progress.get(d.id)!;
			return {
				...d,
				status: p.status,
				done: p.done,
				overdue: p.overdue,
				byInstitution: [...p.byInstitution].map(([institutionId, s]) => ({ institutionId, ...s }))
			};
		})
	};
};

export const actions: Actions = {
	addDecision: addDecisionAction,
	update: updateAction,
	withdraw: withdrawAction,
	updateDecision: updateDecisionAction,
	withdrawDecision: withdrawDecisionAction
};

type Event = Parameters<Actions['update']>[0];

type EditAction = 'update' | 'withdraw' | 'updateDecision' | 'withdrawDecision';

/**
 * A refused edit: missing → 404 page, forbidden → 403 page, withdrawn or invalid → the form
 * again with its errors; `rowId` is the decision (0 for the round table itself).
 */
function refused<A extends EditAction>(
	action: A,
	rowId: number,
	r: { error: string; errors?: Record<string, string> },
	form: FormData
) {
	if (r.error === 'not_found') error(404, { message: 'not_found' });
	if (r.error === 'forbidden') error(403, { message: 'forbidden' });
	return rejectedRow(action, rowId, r.errors ?? { form: 'rt.withdrawn_refused' }, formValues(form));
}

/** A post that names no decision of this round table is malformed input (400). */
const noDecision = <A extends EditAction>(action: A) =>
	failAction(action, 400, { rowId: 0, errors: { form: 'rt.not_found' }, values: {} });

async function updateAction(event: Event) {
	const user = requireRole(event, 'reviewer', 'admin');
	const form = await event.request.formData();
	const parsed = parseRoundTableForm(form);
	if (!parsed.ok) return invalidRow('update', 0, parsed.errors, parsed.values);
	const r = updateRoundTable(db, user, Number(event.params.id), parsed.data, new Date());
	if (!r.ok) return refused('update', 0, r, form);
	return { updated: true };
}

async function withdrawAction(event: Event) {
	const user = requireRole(event, 'reviewer', 'admin');
	const form = await event.request.formData();
	// a confirmation that is not given writes nothing
	if (form.get('confirm') !== 'yes')
		return invalidRow('withdraw', 0, { confirm: 'rt.confirm_required' });
	const r = withdrawRoundTable(db, user, Number(event.params.id), new Date());
	if (!r.ok) return refused('withdraw', 0, r, form);
	return { withdrawn: true };
}

/** The decision the form names, only when it belongs to this round table. */
function decisionId(event: Event, form: FormData): number | null {
	const id = parseId(String(form.get('decisionId') ?? ''));
	if (id === null) return null;
	const rt = getRoundTable(db, Number(event.params.id));
	return rt?.decisions.some((d) => d.id === id) ? id : null;
}

async function updateDecisionAction(event: Event) {
	const user = requireRole(event, 'reviewer', 'admin');
	const form = await event.request.formData();
	const id = decisionId(event, form);
	if (id === null) return noDecision('updateDecision');
	const parsed = parseDecisionForm(form);
	if (!parsed.ok) return invalidRow('updateDecision', id, parsed.errors, parsed.values);
	const r = updateDecision(db, user, id, parsed.data, new Date());
	if (!r.ok) return refused('updateDecision', id, r, form);
	return { decisionUpdated: id };
}

async function withdrawDecisionAction(event: Event) {
	const user = requireRole(event, 'reviewer', 'admin');
	const form = await event.request.formData();
	const id = decisionId(event, form);
	if (id === null) return noDecision('withdrawDecision');
	if (form.get('confirm') !== 'yes')
		return invalidRow('withdrawDecision', id, { confirm: 'rt.confirm_required' });
	const r = withdrawDecision(db, user, id, new Date());
	if (!r.ok) return refused('withdrawDecision', id, r, form);
	return { decisionWithdrawn: id };
}

async function addDecisionAction(event: Parameters<Actions['addDecision']>[0]) {
	const user = requireRole(event, 'reviewer', 'admin');
	const id = Number(event.params.id);
	const form = await event.request.formData();
	const parsed = parseDecisionForm(form);
	if (!parsed.ok) return invalid('addDecision', parsed.errors, parsed.values);
	const result = addDecision(db, { id: user.id, role: user.role }, id, parsed.data, new Date());
	if (!result.ok) {
		if (result.errors.form === 'rt.not_found') error(404, { message: 'not_found' });
		return rejected('addDecision', result.errors, valuesWithList(form, 'institutions'));
	}
	return { added: result.value.code };
}
