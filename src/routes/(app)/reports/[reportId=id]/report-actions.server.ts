// The report page's form actions: parse, guard, call the domain, map the result.
import { error, fail } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { uploadsDir } from '$lib/server/config';
import { parseReportForm, submitProblems } from '$lib/server/forms/report-form';
import { parseEvidenceForm } from '$lib/server/forms/evidence-form';
import { act, getReport, saveAndSubmit, saveReport } from '$lib/server/progress/reports';
import { changesSince } from '$lib/server/progress/conflicts';
import { commentOnReport } from '$lib/server/progress/thread';
import { addFile, addLink, removeEvidence } from '$lib/server/progress/evidence';
import { getSetting } from '$lib/server/settings';
import { formValues, str } from '$lib/server/forms/fields';
import type { WorkflowAction } from '$lib/server/workflow';
import type { RequestEvent } from './$types';

type Event = RequestEvent;

function reportId(event: Event): number {
	const id = Number(event.params.reportId);
	if (!getReport(db, id)) error(404, { message: 'not_found' });
	return id;
}

const status = (e: string) =>
	e === 'forbidden' ? 403 : e === 'not_found' ? 404 : e === 'conflict' ? 409 : 400;

function conflict(id: number, values: Record<string, string>, since: number) {
	const current = getReport(db, id)!;
	return fail(409, {
		errors: { form: 'progress.conflict_title' } as Record<string, string>,
		values,
		conflict: {
			version: current.version,
			state: current.state,
			changes: changesSince(db, id, since),
			current
		}
	});
}

async function contentAction(event: Event, submit: boolean) {
	const user = requireUser(event);
	const id = reportId(event);
	const form = await event.request.formData();
	const parsed = parseReportForm(form);
	if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
	const { content, version } = parsed.data;
	if (submit) {
		const problems = submitProblems(content);
		if (Object.keys(problems).length)
			return fail(400, { errors: problems, values: formValues(form) });
	}
	const now = new Date();
	const res = submit
		? saveAndSubmit(db, user, id, version, content, now)
		: saveReport(db, user, id, version, content, now);
	if (!res.ok) {
		if (res.error === 'conflict') return conflict(id, formValues(form), version);
		return fail(status(res.error), {
			errors: { form: `progress.error.${res.error}` },
			values: formValues(form)
		});
	}
	return { done: submit ? 'progress.submitted_ok' : 'progress.saved' };
}

export const saveAction = (event: Event) => contentAction(event, false);
export const submitAction = (event: Event) => contentAction(event, true);

const DONE: Record<WorkflowAction, string> = {
	submit: 'progress.submitted_ok',
	withdraw: 'progress.withdrawn_ok',
	approve: 'progress.approved_ok',
	return: 'progress.returned_ok',
	reopen: 'progress.reopened_ok'
};

export function moveAction(move: WorkflowAction) {
	return async (event: Event) => {
		const user = requireUser(event);
		const id = reportId(event);
		const form = await event.request.formData();
		const version = Number(str(form, 'version'));
		const reason = str(form, 'reason') || null;
		const res = act(db, user, id, move, version, reason, new Date());
		if (!res.ok) {
			const key =
				res.error === 'reason_required'
					? 'progress.error.reason_required'
					: res.error === 'conflict'
						? 'error.conflict'
						: `progress.error.${res.error}`;
			return fail(status(res.error), { move, moveError: key, values: { reason: reason ?? '' } });
		}
		return { done: DONE[move] };
	};
}

export async function commentAction(event: Event) {
	const user = requireUser(event);
	const id = reportId(event);
	const body = str(await event.request.formData(), 'body');
	const res = commentOnReport(db, user, id, body, new Date());
	if (!res.ok)
		return fail(status(res.error), {
			commentError: `progress.error.${res.error}`,
			values: { body }
		});
	return { done: 'progress.comment_added' };
}

export async function addFileAction(event: Event) {
	const user = requireUser(event);
	const id = reportId(event);
	const form = await event.request.formData();
	const parsed = parseEvidenceForm(form, 'file');
	const maxBytes = getSetting(db, 'maxUploadBytes');
	if (!parsed.ok)
		return fail(400, { evidenceErrors: parsed.errors, values: parsed.values, maxBytes });
	const { file, sensitivity, label } = parsed.data;
	const bytes = new Uint8Array(await file!.arrayBuffer());
	const res = await addFile(
		db,
		user,
		{ reportId: id, fileName: file!.name, bytes, sensitivity, label },
		{ uploadsDir: uploadsDir(), maxBytes },
		new Date()
	);
	if (!res.ok)
		return fail(status(res.error), {
			evidenceErrors: { file: `progress.error.${res.error}` },
			values: formValues(form),
			maxBytes
		});
	return { done: 'progress.evidence_added' };
}

export async function addLinkAction(event: Event) {
	const user = requireUser(event);
	const id = reportId(event);
	const form = await event.request.formData();
	const parsed = parseEvidenceForm(form, 'link');
	if (!parsed.ok) return fail(400, { linkErrors: parsed.errors, values: parsed.values });
	const { url, sensitivity, label } = parsed.data;
	const res = addLink(db, user, { reportId: id, url: url!, label, sensitivity }, new Date());
	if (!res.ok)
		return fail(status(res.error), {
			linkErrors: { url: `progress.error.${res.error}` },
			values: formValues(form)
		});
	return { done: 'progress.evidence_added' };
}

export async function removeEvidenceAction(event: Event) {
	const user = requireUser(event);
	reportId(event);
	const attachmentId = Number(str(await event.request.formData(), 'attachmentId'));
	const res = removeEvidence(db, user, attachmentId, uploadsDir(), new Date());
	if (!res.ok)
		return fail(status(res.error), { evidenceErrors: { file: `progress.error.${res.error}` } });
	return { done: 'progress.evidence_removed' };
}
