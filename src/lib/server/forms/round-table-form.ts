import { isIsoDate } from '../../dates';
import { answer, formValues, str, type FormResult } from './fields';
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

/** A required group of institution checkboxes (participants, the bodies of a decision). */
export function chosenInstitutions(
	form: FormData,
	name: string,
	errors: Record<string, string>
): number[] {
	const chosen = ids(form, name);
	if (chosen === null) errors[name] = 'rt.unknown_institution';
	else if (chosen.length === 0) errors[name] = 'rt.choose_institution';
	return chosen ?? [];
}

/** What was typed into a form with such a group, the group echoed as one value. */
export function valuesWithList(form: FormData, name: string): Record<string, string> {
	return { ...formValues(form), [name]: listValues(form, name) };
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
	if (heldOn === '') errors.heldOn = 'error.required';
	else if (!isIsoDate(heldOn)) errors.heldOn = 'reviews.date_invalid';
	if (titleAz === '' && titleEn === '') errors.titleAz = 'rt.title_required';
	if (titleAz.length > TITLE_MAX) errors.titleAz = 'reviews.too_long';
	if (titleEn.length > TITLE_MAX) errors.titleEn = 'reviews.too_long';
	if (notesAz.length > NOTES_MAX) errors.notesAz = 'reviews.too_long';
	if (notesEn.length > NOTES_MAX) errors.notesEn = 'reviews.too_long';
	if (!isId(planId)) errors.planId = 'reviews.plan_unknown';
	if (snapshotId !== '' && !isId(snapshotId)) errors.snapshotId = 'reviews.snapshot_not_found';
	const participants = chosenInstitutions(form, 'participants', errors);
	const data = () => ({
		planId: Number(planId),
		heldOn,
		titleAz: titleAz || null,
		titleEn: titleEn || null,
		notesAz: notesAz || null,
		notesEn: notesEn || null,
		snapshotId: snapshotId === '' ? null : Number(snapshotId),
		participants
	});
	return answer(form, errors, data, valuesWithList(form, 'participants'));
}
