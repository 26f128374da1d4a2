import { redirect } from '@sveltejs/kit';
import { count, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { action, plan } from '$lib/server/db/schema';
import { createPlan } from '$lib/server/plan/admin';
import { currentPlanId } from '$lib/server/plan/current';
import {
	deleteDraftPlan,
	makeCurrent,
	planReportCount,
	reportCounts,
	setPlanStatus,
	type LifecycleResult
} from '$lib/server/plan/lifecycle';
import { importPlanFile } from '$lib/server/plan-import';
import { parsePlanMetaForm } from '$lib/server/forms/plan-forms';
import { parsePlanImportForm } from '$lib/server/forms/plan-import-form';
import { parsePlanStepForm } from '$lib/server/forms/plan-lifecycle-form';
import { formValues } from '$lib/server/forms/fields';
import { failAction, invalid, refused, rejected } from '$lib/server/forms/fail';
import { getSetting } from '$lib/server/settings';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const reports = reportCounts(db);
	const current = currentPlanId(db);
	const plans = db
		.select({
			id: plan.id,
			code: plan.code,
			titleAz: plan.titleAz,
			titleEn: plan.titleEn,
			startYear: plan.startYear,
			endYear: plan.endYear,
			status: plan.status,
			actions: count(action.id)
		})
		.from(plan)
		.leftJoin(action, eq(action.planId, plan.id))
		.groupBy(plan.id)
		.orderBy(plan.startYear)
		.all()
		.map((p) => ({ ...p, reports: reports.get(p.id) ?? 0, current: p.id === current }));
	return { plans };
};

export const actions: Actions = { import: importAction, create: createAction, step: stepAction };

async function importAction(event: RequestEvent) {
	const user = requireRole(event, 'admin');
	const form = await event.request.formData();
	const values = formValues(form);
	const file = form.get('file');
	const errors: Record<string, string> = {};
	const maxBytes = getSetting(db, 'maxUploadBytes');
	if (!(file instanceof File) || file.size === 0) errors.file = 'admin_plans.error.file_missing';
	else if (file.size > maxBytes) errors.file = 'admin_plans.error.file_too_large';
	const parsed = parsePlanImportForm(form);
	if (!parsed.ok) Object.assign(errors, parsed.errors);
	else if ('planId' in parsed.data.target && !parsed.data.dryRun) {
		// writing into a plan people have reported on needs the admin's explicit yes
		const planId = parsed.data.target.planId;
		if (planReportCount(db, planId) > 0 && parsed.data.confirmedPlanId !== planId)
			errors.confirmTarget = 'admin_plans.error.confirm_target';
	}
	if (Object.keys(errors).length || !parsed.ok || !(file instanceof File))
		return failAction('import', 400, { errors, values, mb: Math.round(maxBytes / 1048576) });

	const { target, dryRun } = parsed.data;
	const result = await importPlanFile(
		db,
		{ id: user.id, role: user.role },
		target,
		{ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
		{ dryRun, now: new Date() }
	);
	if (!result.ok)
		return failAction('import', 400, {
			values,
			fileName: file.name,
			importErrors: result.errors,
			table: result.table
		});
	return { imported: { values, fileName: file.name, summary: result.summary, dryRun } };
}

async function stepAction(event: RequestEvent) {
	const user = requireRole(event, 'admin');
	const form = await event.request.formData();
	const parsed = parsePlanStepForm(form);
	if (!parsed.ok) return invalid('step', parsed.errors, parsed.values);
	const { planId, step } = parsed.data;
	const actor = { id: user.id, role: user.role };
	const now = new Date();
	let r: LifecycleResult;
	if (step === 'publish' || step === 'unarchive')
		r = setPlanStatus(db, actor, planId, 'published', now);
	else if (step === 'archive') r = setPlanStatus(db, actor, planId, 'archived', now);
	else if (step === 'current') r = makeCurrent(db, actor, planId, now);
	else r = deleteDraftPlan(db, actor, planId, now);
	if (!r.ok) return refused('step', r.error, { planId: String(planId), step });
	return { stepped: { step, planId } };
}
async function createAction(event: RequestEvent) {
	const user = requireRole(event, 'admin');
	const form = await event.request.formData();
	const parsed = parsePlanMetaForm(form);
	if (!parsed.ok) return invalid('create', parsed.errors, parsed.values);
	const r = createPlan(db, { id: user.id, role: user.role }, parsed.data);
	if (!r.ok) return rejected('create', r.errors, formValues(form));
	redirect(303, `/admin/plans/${r.value}`);
}
