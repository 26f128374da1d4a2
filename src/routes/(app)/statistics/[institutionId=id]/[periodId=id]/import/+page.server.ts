import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { forbidden, requireInstitution } from '$lib/server/auth/guards';
import { isStaff, reportView } from '$lib/server/statistics/view';
import { commitStatFile, previewStatFile } from '$lib/server/statistics/files/service';
import { MAX_IMPORT_BYTES } from '$lib/server/statistics/files/read';
import { previewPayload } from '$lib/server/statistics/files/payload';
import { str } from '$lib/server/forms/fields';
import { failAction, statusOf } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad } from './$types';

type Event = RequestEvent<{ institutionId: string; periodId: string }>;

function guard(event: Event) {
	const institutionId = Number(event.params.institutionId);
	const periodId = Number(event.params.periodId);
	const user = requireInstitution(event, institutionId);
	const view = reportView(db, user, institutionId, periodId, new Date());
	if (!view) error(404, { message: 'not_found' });
	// importing writes figures: only for those who may edit this report now
	if (!view.canEdit) forbidden();
	return { user, institutionId, periodId, view };
}

export const load: PageServerLoad = (event) => {
	const { view } = guard(event);
	return {
		institution: view.institution,
		period: view.period,
		metrics: view.metrics,
		institutions: view.institutions,
		maxKb: Math.round(MAX_IMPORT_BYTES / 1024)
	};
};

/**
 * The import's one field is the file: its message key (with placeholders), for the preview or the
 * commit; the status follows the key (a stale version is a 409). A file input keeps no typed value.
 */
function fileFailure<A extends 'preview' | 'commit'>(
	action: A,
	code: string,
	params: Record<string, string | number> = {}
) {
	return failAction(action, statusOf(code), { errors: { file: code }, params });
}

export const actions: Actions = { preview: previewAction, commit: commitAction };

async function previewAction(event: Event) {
	const { user, institutionId, periodId, view } = guard(event);
	const form = await event.request.formData();
	const file = form.get('file');
	if (!(file instanceof File) || file.size === 0)
		return fileFailure('preview', 'stat.import.no_file');
	if (file.size > MAX_IMPORT_BYTES)
		return fileFailure('preview', 'stat.import.too_large', {
			max: Math.round(MAX_IMPORT_BYTES / 1024)
		});
	const bytes = new Uint8Array(await file.arrayBuffer());
	const p = await previewStatFile(db, institutionId, periodId, bytes, {
		exact: isStaff(user),
		locale: event.locals.locale
	});
	if (!p.ok) return fileFailure('preview', p.error, p.params);
	// `checked`, not `preview`: that name is the preview action's failure
	return {
		checked: {
			fileName: file.name,
			rows: p.rows,
			errors: p.errors,
			issues: p.issues ?? [],
			payload: p.errors.length
				? null
				: previewPayload(view.institution.code, Number(view.period.code), p.rows),
			version: p.version ?? 0
		}
	};
}

async function commitAction(event: Event) {
	const { user, institutionId, periodId } = guard(event);
	const form = await event.request.formData();
	const bytes = new TextEncoder().encode(str(form, 'payload'));
	const r = await commitStatFile(db, user, {
		institutionId,
		periodId,
		bytes,
		expectedVersion: Number(str(form, 'version')),
		locale: event.locals.locale,
		now: new Date()
	});
	if (!r.ok) {
		if (r.error === 'file')
			return fileFailure('commit', r.file.ok ? 'stat.import.has_errors' : r.file.error);
		return fileFailure(
			'commit',
			r.error === 'conflict' ? 'stat.import.conflict' : `stat.error.${r.error}`
		);
	}
	redirect(303, `/statistics/${institutionId}/${periodId}?imported=${r.changed}`);
}
