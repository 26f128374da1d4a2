import { isIsoDate } from '../../dates';
import { formValues, str, type FormResult } from './fields';
import { isId, parseId } from '../../ids';

export const TITLE_MAX = 200;
export const NOTES_MAX = 5000;

export interface RoundTableInput {
	planId: number;
	heldOn: string;
	titleAz: string | null;
	titleEn: string | null;
	notesAz: string | null;
	notesEn: string | null;
	snapshotId: number | null;
	participants: number[];
}

/** Ids from a multi-value field (checkboxes); null when one of them is not a number. */
export function ids(form: FormData, name: string): number[] | null {
	const out: number[] = [];
	for (const v of form.getAll(name)) {
		const id = typeof v === 'string' ? parseId(v) : null;
		if (id === null) return null;
		out.push(id);
	}
	return [...new Set(out)];
}

/** Checkbox groups cannot be echoed through formValues (one key, many values). */
export function listValues(form: FormData, name: string): string {
	return form
		.getAll(name)
		.filter((v) => typeof v === 'string')
		.join(',');
}

export function parseRoundTableForm(form: FormData): FormResult<RoundTableInput> {
	const errors: Record<string, string> = {};
	const heldOn = str(form, 'heldOn');
	const titleAz = str(form, 'titleAz');
	const titleEn = str(form, 'titleEn');
	const notesAz = str(form, 'notesAz');
	const notesEn = str(form, 'notesEn');
	const planId = str(form, 'planId');
	const snapshotId = str(form, 'snapshotId');
	const participants = ids(form, 'participants');
	if (heldOn === '') errors.heldOn = 'error.required';
	else if (!isIsoDate(heldOn)) errors.heldOn = 'reviews.date_invalid';
	if (titleAz === '' && titleEn === '') errors.titleAz = 'rt.title_required';
	if (titleAz.length > TITLE_MAX) errors.titleAz = 'reviews.too_long';
	if (titleEn.length > TITLE_MAX) errors.titleEn = 'reviews.too_long';
	if (notesAz.length > NOTES_MAX) errors.notesAz = 'reviews.too_long';
	if (notesEn.length > NOTES_MAX) errors.notesEn = 'reviews.too_long';
	if (!isId(planId)) errors.planId = 'reviews.plan_unknown';
	if (snapshotId !== '' && !isId(snapshotId)) errors.snapshotId = 'reviews.snapshot_not_found';
	if (participants === null) errors.participants = 'rt.unknown_institution';
	else if (participants.length === 0) errors.participants = 'rt.choose_institution';
	if (Object.keys(errors).length) {
		return {
			ok: false,
			errors,
			values: { ...formValues(form), participants: listValues(form, 'participants') }
		};
	}
	return {
		ok: true,
		data: {
			planId: Number(planId),
			heldOn,
			titleAz: titleAz || null,
			titleEn: titleEn || null,
			notesAz: notesAz || null,
			notesEn: notesEn || null,
			snapshotId: snapshotId === '' ? null : Number(snapshotId),
			participants: participants!
		}
	};
}
