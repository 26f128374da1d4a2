import type { Locale } from '../../i18n/core';
import type { PackScope } from '../reviews/pack/data';
import { formValues, str, type FormResult } from './fields';
import { isId } from '../../ids';

export interface PackRequest {
	/** null = live data now */
	snapshotId: number | null;
	scope: PackScope;
	locale: Locale;
	audience: 'internal' | 'donor';
}

/** Reads the pack form (POST body or the print page's query string). */
export function parsePackForm(form: FormData | URLSearchParams): FormResult<PackRequest> {
	const fd = form instanceof FormData ? form : toFormData(form);
	const errors: Record<string, string> = {};
	const snapshot = str(fd, 'snapshot');
	const scope = str(fd, 'scope') || 'plan';
	const sectionId = str(fd, 'sectionId');
	const institutionId = str(fd, 'institutionId');
	const locale = str(fd, 'locale');
	const audience = str(fd, 'audience') || 'internal';
	if (snapshot !== '' && snapshot !== 'now' && !isId(snapshot))
		errors.snapshot = 'reviews.snapshot_not_found';
	let packScope: PackScope | null = null;
	if (scope === 'plan') packScope = { kind: 'plan' };
	else if (scope === 'aim' && isId(sectionId))
		packScope = { kind: 'aim', sectionId: Number(sectionId) };
	else if (scope === 'institution' && isId(institutionId))
		packScope = { kind: 'institution', institutionId: Number(institutionId) };
	else errors.scope = 'pack.scope_required';
	if (locale !== 'az' && locale !== 'en') errors.locale = 'error.required';
	if (audience !== 'internal' && audience !== 'donor') errors.audience = 'error.required';
	if (Object.keys(errors).length) return { ok: false, errors, values: formValues(fd) };
	return {
		ok: true,
		data: {
			snapshotId: snapshot === '' || snapshot === 'now' ? null : Number(snapshot),
			scope: packScope!,
			locale: locale as Locale,
			audience: audience as PackRequest['audience']
		}
	};
}

function toFormData(params: URLSearchParams): FormData {
	const fd = new FormData();
	for (const [k, v] of params) fd.append(k, v);
	return fd;
}

/** The query string of the print page for a request. */
export function packQuery(r: PackRequest): string {
	const q = new URLSearchParams({
		snapshot: r.snapshotId === null ? 'now' : String(r.snapshotId),
		scope: r.scope.kind,
		locale: r.locale,
		audience: r.audience
	});
	if (r.scope.kind === 'aim') q.set('sectionId', String(r.scope.sectionId));
	if (r.scope.kind === 'institution') q.set('institutionId', String(r.scope.institutionId));
	return q.toString();
}
