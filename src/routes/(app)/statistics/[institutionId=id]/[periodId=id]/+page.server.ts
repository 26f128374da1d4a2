import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireInstitution } from '$lib/server/auth/guards';
import { reportView, gridMetrics } from '$lib/server/statistics/view';
import { findReport, loadCells, saveCells } from '$lib/server/statistics/reports';
import { metricsForInstitution } from '$lib/server/statistics/definitions';
import { changeReportState } from '$lib/server/statistics/workflow-actions';
import { parseStatValuesForm } from '$lib/server/forms/stat-values-form';
import { emptyCells, emptyConfirmed } from '$lib/server/forms/stat-submit-form';
import { formValues, str } from '$lib/server/forms/fields';
import { failAction, rejected, statusOf, type FormFailure } from '$lib/server/forms/fail';
import type { Issue } from '$lib/server/statistics/types';
import { afterApprovalHref } from '$lib/server/inbox/next';
import { parseInboxFilter } from '$lib/inbox';
import type { Actions, PageServerLoad } from './$types';

type Event = RequestEvent<{ institutionId: string; periodId: string }>;

function guard(event: Event) {
	const institutionId = Number(event.params.institutionId);
	const periodId = Number(event.params.periodId);
	const user = requireInstitution(event, institutionId);
	return { user, institutionId, periodId };
}

export const load: PageServerLoad = (event) => {
	const { user, institutionId, periodId } = guard(event);
	const view = reportView(db, user, institutionId, periodId, new Date(), event.locals.locale);
	if (!view) error(404, { message: 'not_found' });
	return view;
};

export const actions: Actions = { save: saveAction, submit: submitAction, review: reviewAction };

/**
 * Why a save or submit of the grid was refused: per-cell errors keyed "metric|cell", the figures
 * typed (echoed back), each part larger than its total, or the empty cells awaiting "submit anyway".
 */
type GridFailure = FormFailure & {
	refused?: Issue[];
	confirmEmpty?: { empty: number; total: number };
};

const codeKey = (code: string) => (code === 'conflict' ? 'error.conflict' : `stat.error.${code}`);

/** Parses and saves the grid; returns the new version or a failure to hand back to the page. */
async function saveGrid(event: Event, submitting = false) {
	const { user, institutionId, periodId } = guard(event);
	const form = await event.request.formData();
	const existing = findReport(db, institutionId, periodId);
	const cells = existing
		? loadCells(db, existing.id, metricsForInstitution(db, institutionId))
		: new Map();
	const metrics = gridMetrics(db, institutionId, cells);
	const parsed = parseStatValuesForm(form, metrics);
	const fails = (status: number, body: GridFailure) => ({ failure: { status, body } });
	if (!parsed.ok) return fails(400, { errors: parsed.errors, values: parsed.values });
	if (submitting && !emptyConfirmed(form)) {
		// empty cells need the user's "submit anyway": until then nothing is written
		const empty = emptyCells(form, metrics);
		if (empty.empty > 0)
			return fails(400, { errors: {}, confirmEmpty: empty, values: formValues(form) });
	}
	const version = Number(str(form, 'version'));
	const r = saveCells(db, user, {
		institutionId,
		periodId,
		expectedVersion: version,
		changes: parsed.data,
		// a typed source is filed under the language the user works in
		locale: event.locals.locale,
		now: new Date()
	});
	if (!r.ok && r.error === 'exceeds') {
		// each part larger than its total is named beside its cell and in the summary
		const errors = Object.fromEntries([
			['form', 'stat.error.refused'],
			...r.issues.map((i) => [`${i.metric}|${i.key}`, 'stat.error.refused_cell'])
		]);
		return fails(400, { errors, refused: r.issues, values: formValues(form) });
	}
	if (!r.ok) {
		// a figure refused for its cell is named beside that cell
		const cells = r.error === 'span_overlap' ? r.cells : [];
		const errors = Object.fromEntries([
			['form', codeKey(r.error)],
			...cells.map((c) => [`v|${c}`, 'stat.error.span_overlap_cell'])
		]);
		return fails(statusOf(r.error), { errors, values: formValues(form) });
	}
	return { user, saved: r };
}

/** Save draft; autosave posts here too, and reads the new version to send with its next save. */
async function saveAction(event: Event) {
	const out = await saveGrid(event);
	if ('failure' in out) return failAction('save', out.failure.status, out.failure.body);
	return { done: 'stat.saved', count: out.saved.changed, version: out.saved.version };
}

async function submitAction(event: Event) {
	const out = await saveGrid(event, true);
	if ('failure' in out) return failAction('submit', out.failure.status, out.failure.body);
	const r = changeReportState(db, out.user, {
		reportId: out.saved.reportId,
		action: 'submit',
		expectedVersion: out.saved.version,
		now: new Date()
	});
	if (!r.ok) {
		const body: GridFailure = { errors: { form: codeKey(r.error) }, values: {} };
		return failAction('submit', statusOf(r.error), body);
	}
	return { done: 'stat.done.submit' };
}

async function reviewAction(event: Event) {
	const { user, institutionId, periodId } = guard(event);
	const form = await event.request.formData();
	// "approve_next": the same approval, then the next item of the inbox the report was opened from
	const next = str(form, 'action') === 'approve_next';
	const action = next ? 'approve' : str(form, 'action');
	if (!['approve', 'return', 'reopen'].includes(action))
		return rejected('review', { form: 'stat.error.invalid_transition' });
	const report = findReport(db, institutionId, periodId);
	if (!report) error(404, { message: 'not_found' });
	const r = changeReportState(db, user, {
		reportId: report.id,
		action: action as 'approve' | 'return' | 'reopen',
		expectedVersion: Number(str(form, 'version')),
		reason: str(form, 'reason'),
		now: new Date()
	});
	if (!r.ok) {
		const key = codeKey(r.error);
		const errors: Record<string, string> = { form: key };
		if (r.error === 'reason_required') errors.reason = key;
		return rejected('review', errors, { reason: str(form, 'reason') });
	}
	if (next) {
		const filter = parseInboxFilter(new URLSearchParams(str(form, 'inbox')));
		const current = { kind: 'statistics' as const, id: report.id, submittedAt: report.submittedAt };
		redirect(303, afterApprovalHref(db, filter, current, user.id));
	}
	return { done: `stat.done.${action}` };
}
