import { error, fail } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { institutionNames } from '$lib/server/institutions';
import { parseDecisionForm } from '$lib/server/forms/decision-form';
import { listValues } from '$lib/server/forms/round-table-form';
import { formValues } from '$lib/server/forms/fields';
import { addDecision, getRoundTable } from '$lib/server/reviews/round-tables';
import { decisionProgress } from '$lib/server/reviews/decision-status';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'reviewer', 'admin');
	const rt = getRoundTable(db, Number(event.params.id));
	if (!rt) error(404, { message: 'not_found' });
	const progress = decisionProgress(db, rt.decisions, new Date());
	const institutions = institutionNames(db, { locale: event.locals.locale, activeOnly: true });
	return {
		...rt,
		institutions,
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

export const actions: Actions = { addDecision: addDecisionAction };

async function addDecisionAction(event: Parameters<Actions['addDecision']>[0]) {
	const user = requireRole(event, 'reviewer', 'admin');
	const id = Number(event.params.id);
	const form = await event.request.formData();
	const parsed = parseDecisionForm(form);
	if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
	const result = addDecision(db, { id: user.id, role: user.role }, id, parsed.data, new Date());
	if (!result.ok) {
		if (result.errors.form === 'rt.not_found') error(404, { message: 'not_found' });
		return fail(400, {
			errors: result.errors,
			values: { ...formValues(form), institutions: listValues(form, 'institutions') }
		});
	}
	return { added: result.value.code };
}
