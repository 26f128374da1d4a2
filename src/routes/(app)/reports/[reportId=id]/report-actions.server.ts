// The report page's form actions: parse, guard, call the domain, map the result.
import { error, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { uploadsDir } from '$lib/server/config';
import { parseReportForm, submitProblems } from '$lib/server/forms/report-form';
import { parseEvidenceForm } from '$lib/server/forms/evidence-form';
import {
	act,
	contentChanged,
	getReport,
	saveAndSubmit,
	saveReport
} from '$lib/server/progress/reports';
import { changesSince } from '$lib/server/progress/conflicts';
import { commentOnReport } from '$lib/server/progress/thread';
import { addFile, addLink, removeEvidence } from '$lib/server/progress/evidence';
import { getSetting } from '$lib/server/settings';
import { formValues, str } from '$lib/server/forms/fields';
import {
	failAction,
	type FieldErrors,
	type FieldValues,
	invalid,
	rejected,
	statusOf
} from '$lib/server/forms/fail';
import type { WorkflowAction } from '$lib/server/workflow';
import { afterApprovalHref } from '$lib/server/inbox/next';
import { parseInboxFilter } from '$lib/inbox';
import type { RequestEvent } from './$types';

type Event = RequestEvent;

function reportId(event: Event): number {
	const id = Number(event.params.reportId);
	if (!getReport(db, id)) error(404, { message: 'not_found' });
	return id;
}

/** The report form posts as save, submit or addFile; each fails with this one shape. */
type ContentAction = 'save' | 'submit' | 'addFile';
type ContentFailure = {
	errors: FieldErrors;
	values: FieldValues;
	/** the evidence file's errors, when one was attached */
	evidenceErrors?: FieldErrors;
	maxBytes?: number;
	/** someone saved in between: what changed, shown beside what this user typed */
	conflict?: ReturnType<typeof conflictInfo>;
};
const contentFailure = (action: ContentAction, status: number, body: ContentFailure) =>
	failAction(action, status, body);

function conflictInfo(id: number, since: number) {
	const current = getReport(db, id)!;
	return {
		version: current.version,
		state: current.state,
		changes: changesSince(db, id, since),
		current
	};
}

/** The file chosen in the report form's evidence fields, if any. */
function attachedFile(form: FormData): boolean {
	const f = form.get('file');
	return f instanceof File && f.size > 0 && f.name !== '';
}

/**
 * Save (or save and submit) the report form. The evidence file chosen in the same form is added
 * after the text is saved, so that one click keeps both and an upload never discards typed text,
 * with or without JavaScript.
 */
async function contentAction(event: Event, mode: ContentAction) {
	const user = requireUser(event);
	const id = reportId(event);
	const form = await event.request.formData();
	const withFile = mode === 'addFile' || attachedFile(form);
	if (mode === 'addFile' && !form.has('version')) return addFileOnly(user, id, form);
	const parsed = parseReportForm(form);
	if (!parsed.ok)
		return contentFailure(mode, 400, { errors: parsed.errors, values: parsed.values });
	const { content, version } = parsed.data;
	const submit = mode === 'submit';
	if (submit) {
		const problems = submitProblems(content);
		if (Object.keys(problems).length)
			return contentFailure(mode, 400, { errors: problems, values: formValues(form) });
	}
	const now = new Date();
	// an upload with the text unchanged saves nothing, so other open tabs stay current
	const res =
		submit && !withFile
			? saveAndSubmit(db, user, id, version, content, now)
			: withFile && !submit && !contentChanged(db, id, content)
				? ({ ok: true, version } as const)
				: saveReport(db, user, id, version, content, now);
	if (!res.ok) {
		const values = formValues(form);
		if (res.error === 'conflict')
			return contentFailure(mode, 409, {
				errors: { form: 'progress.conflict_title' },
				values,
				conflict: conflictInfo(id, version)
			});
		return contentFailure(mode, statusOf(res.error), {
			errors: { form: `progress.error.${res.error}` },
			values
		});
	}
	if (withFile) {
		// the text is saved: from here on the form must carry the new version
		const values = { ...formValues(form), version: String(res.version) };
		const added = await addAttached(user, id, form);
		if (!added.ok) return contentFailure(mode, added.status, { ...added.body, values });
		if (submit) {
			const moved = act(db, user, id, 'submit', res.version, null, new Date());
			if (!moved.ok)
				return contentFailure(mode, statusOf(moved.error), {
					errors: { form: `progress.error.${moved.error}` },
					values
				});
			return { done: 'progress.submitted_ok' };
		}
		return { done: 'progress.evidence_added' };
	}
	return { done: submit ? 'progress.submitted_ok' : 'progress.saved' };
}

type Added =
	| { ok: true }
	| {
			ok: false;
			status: number;
			body: { errors: FieldErrors; evidenceErrors: FieldErrors; maxBytes: number };
	  };

async function addAttached(
	user: ReturnType<typeof requireUser>,
	id: number,
	form: FormData
): Promise<Added> {
	const parsed = parseEvidenceForm(form, 'file');
	const maxBytes = getSetting(db, 'maxUploadBytes');
	if (!parsed.ok)
		return {
			ok: false,
			status: 400,
			body: { errors: {}, evidenceErrors: parsed.errors, maxBytes }
		};
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
		return {
			ok: false,
			status: statusOf(res.error),
			body: { errors: {}, evidenceErrors: { file: `progress.error.${res.error}` }, maxBytes }
		};
	return { ok: true };
}

/** An upload posted without the report's fields (an old page or a script): the file alone. */
async function addFileOnly(user: ReturnType<typeof requireUser>, id: number, form: FormData) {
	const added = await addAttached(user, id, form);
	if (!added.ok)
		return contentFailure('addFile', added.status, { ...added.body, values: formValues(form) });
	return { done: 'progress.evidence_added' };
}

export const saveAction = (event: Event) => contentAction(event, 'save');
export const submitAction = (event: Event) => contentAction(event, 'submit');
export const addFileAction = (event: Event) => contentAction(event, 'addFile');

/** Autosave of a draft while typing: a plain save, answered with the new version. */
export async function autosaveAction(event: Event) {
	const user = requireUser(event);
	const id = reportId(event);
	const form = await event.request.formData();
	const parsed = parseReportForm(form);
	if (!parsed.ok) return failAction('autosave', 400, { error: 'invalid' });
	const { content, version } = parsed.data;
	const res = saveReport(db, user, id, version, content, new Date());
	// never overwrite someone else's edit: a conflict stops autosave until the user saves by hand
	if (!res.ok) return failAction('autosave', statusOf(res.error), { error: res.error });
	return { autosaved: { version: res.version } };
}

const DONE: Record<WorkflowAction, string> = {
	submit: 'progress.submitted_ok',
	withdraw: 'progress.withdrawn_ok',
	approve: 'progress.approved_ok',
	return: 'progress.returned_ok',
	reopen: 'progress.reopened_ok'
};

/** The review moves; submitting is the report form's own action. */
export function moveAction(move: Exclude<WorkflowAction, 'submit'>) {
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
			return failAction(move, statusOf(res.error), {
				move,
				errors: { reason: key },
				values: { reason: reason ?? '' }
			});
		}
		// "approve and open the next": the same approval, then the next item of the inbox it came from
		if (move === 'approve' && str(form, 'then') === 'next') {
			const filter = parseInboxFilter(new URLSearchParams(str(form, 'inbox')));
			const current = {
				kind: 'progress' as const,
				id,
				submittedAt: getReport(db, id)!.submittedAt
			};
			redirect(303, afterApprovalHref(db, filter, current, user.id));
		}
		return { done: DONE[move] };
	};
}

export async function commentAction(event: Event) {
	const user = requireUser(event);
	const id = reportId(event);
	const body = str(await event.request.formData(), 'body');
	const res = commentOnReport(db, user, id, body, new Date());
	if (!res.ok) return rejected('comment', { body: `progress.error.${res.error}` }, { body });
	return { done: 'progress.comment_added' };
}

export async function addLinkAction(event: Event) {
	const user = requireUser(event);
	const id = reportId(event);
	const form = await event.request.formData();
	const parsed = parseEvidenceForm(form, 'link');
	if (!parsed.ok) return invalid('addLink', parsed.errors, parsed.values);
	const { url, sensitivity, label } = parsed.data;
	const res = addLink(db, user, { reportId: id, url: url!, label, sensitivity }, new Date());
	if (!res.ok) return rejected('addLink', { url: `progress.error.${res.error}` }, formValues(form));
	return { done: 'progress.evidence_added' };
}

export async function removeEvidenceAction(event: Event) {
	const user = requireUser(event);
	reportId(event);
	const attachmentId = Number(str(await event.request.formData(), 'attachmentId'));
	const res = removeEvidence(db, user, attachmentId, uploadsDir(), new Date());
	if (!res.ok) return rejected('removeEvidence', { file: `progress.error.${res.error}` });
	return { done: 'progress.evidence_removed' };
}
