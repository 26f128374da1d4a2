import { fail, redirect } from '@sveltejs/kit';
import { count, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { action, plan } from '$lib/server/db/schema';
import { createPlan } from '$lib/server/plan/admin';
import { importPlanFile, type ImportTarget } from '$lib/server/plan-import';
import { parsePlanMetaForm } from '$lib/server/forms/plan-forms';
import { formValues, str } from '$lib/server/forms/fields';
import { getSetting } from '$lib/server/settings';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { parseId } from '$lib/ids';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const plans = db
		.select({
			id: plan.id,
			code: plan.code,
			titleAz: plan.titleAz,
			titleEn: plan.titleEn,
			startYear: plan.startYear,
			endYear: plan.endYear,
			actions: count(action.id)
		})
		.from(plan)
		.leftJoin(action, eq(action.planId, plan.id))
		.groupBy(plan.id)
		.orderBy(plan.startYear)
		.all();
	return { plans };
};

export const actions: Actions = { import: importAction, create: createAction };

async function importAction(event: RequestEvent) {
	const user = requireRole(event, 'admin');
	const form = await event.request.formData();
	const values = formValues(form);
	const file = form.get('file');
	const errors: Record<string, string> = {};
	const maxBytes = getSetting(db, 'maxUploadBytes');
	if (!(file instanceof File) || file.size === 0) errors.file = 'admin_plans.error.file_missing';
	else if (file.size > maxBytes) errors.file = 'admin_plans.error.file_too_large';
	let target: ImportTarget | null = null;
	const targetRaw = str(form, 'target');
	if (targetRaw === 'new') {
		const meta = parsePlanMetaForm(form);
		if (meta.ok) target = { plan: meta.data };
		else Object.assign(errors, meta.errors);
	} else if (parseId(targetRaw) !== null) target = { planId: Number(targetRaw) };
	else errors.target = 'error.required';
	if (Object.keys(errors).length || !target || !(file instanceof File))
		return fail(400, {
			kind: 'import' as const,
			errors,
			values,
			mb: Math.round(maxBytes / 1048576)
		});

	const dryRun = form.get('dryRun') === 'on';
	const result = await importPlanFile(
		db,
		{ id: user.id, role: user.role },
		target,
		{ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
		{ dryRun, now: new Date() }
	);
	if (!result.ok)
		return fail(400, {
			kind: 'import' as const,
			values,
			fileName: file.name,
			importErrors: result.errors,
			table: result.table
		});
	return { kind: 'import' as const, values, fileName: file.name, summary: result.summary, dryRun };
}

async function createAction(event: RequestEvent) {
	const user = requireRole(event, 'admin');
	const form = await event.request.formData();
	const parsed = parsePlanMetaForm(form);
	if (!parsed.ok)
		return fail(400, { kind: 'create' as const, errors: parsed.errors, values: parsed.values });
	const r = createPlan(db, { id: user.id, role: user.role }, parsed.data);
	if (!r.ok)
		return fail(r.status, { kind: 'create' as const, errors: r.errors, values: formValues(form) });
	redirect(303, `/admin/plans/${r.value}`);
}
