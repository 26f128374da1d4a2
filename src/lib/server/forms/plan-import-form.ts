// Parser for the plan import form's fields other than the file: where to import, whether to only
// check, and the admin's confirmation when the target plan already has reports.
import { parseId } from '../../ids';
import { parsePlanMetaForm } from './plan-forms';
import { formValues, str, type FormResult } from './fields';
import type { ImportTarget } from '../plan-import';

export interface PlanImportRequest {
	target: ImportTarget;
	dryRun: boolean;
	/** the plan id the admin confirmed writing into despite its reports, if any */
	confirmedPlanId: number | null;
}

export function parsePlanImportForm(form: FormData): FormResult<PlanImportRequest> {
	const values = formValues(form);
	const errors: Record<string, string> = {};
	let target: ImportTarget | null = null;
	const raw = str(form, 'target');
	if (raw === 'new') {
		const meta = parsePlanMetaForm(form);
		if (meta.ok) target = { plan: meta.data };
		else Object.assign(errors, meta.errors);
	} else if (parseId(raw) !== null) target = { planId: parseId(raw)! };
	else errors.target = 'error.required';
	if (!target) return { ok: false, errors, values };
	const confirm = str(form, 'confirmTarget');
	return {
		ok: true,
		data: {
			target,
			dryRun: form.get('dryRun') === 'on',
			confirmedPlanId: parseId(confirm)
		}
	};
}
