// Parsers for the plan admin forms: each returns the data or message keys per field plus what
// was typed (see types.ts).
import { ACTION_ROLES, type ActionRole } from '../db/schema';
import { answer, str, type FormResult } from './fields';
import type { PlanMeta } from '../plan-import/types';
import type { ActionEdit } from '../plan/admin';
import type { IndicatorInput } from '../plan/indicators';

const orNull = (s: string) => (s === '' ? null : s);

function year(s: string): number | null {
	return /^\d{4}$/.test(s) && Number(s) >= 1990 && Number(s) <= 2100 ? Number(s) : null;
}

/** A number typed with a dot or a comma as decimal separator, or null for an empty field. */
export function parseNumber(s: string): number | null | undefined {
	if (s === '') return null;
	const n = Number(s.replace(/\s/g, '').replace(',', '.'));
	return Number.isFinite(n) ? n : undefined;
}

export function parsePlanMetaForm(form: FormData): FormResult<PlanMeta> {
	const errors: Record<string, string> = {};
	const code = str(form, 'code');
	const titleAz = str(form, 'titleAz');
	const titleEn = str(form, 'titleEn');
	const startYear = year(str(form, 'startYear'));
	const endYear = year(str(form, 'endYear'));
	if (code === '') errors.code = 'error.required';
	else if (!/^[A-Za-z0-9_-]{1,40}$/.test(code)) errors.code = 'admin_plans.error.code_format';
	if (titleAz === '' && titleEn === '') errors.titleAz = 'admin_plans.error.title_missing';
	if (startYear === null) errors.startYear = 'admin_plans.error.year';
	if (endYear === null) errors.endYear = 'admin_plans.error.year';
	else if (startYear !== null && endYear < startYear)
		errors.endYear = 'admin_plans.error.years_reversed';
	return answer(form, errors, () => ({
		code,
		titleAz,
		titleEn,
		startYear: startYear!,
		endYear: endYear!,
		approvalRef: orNull(str(form, 'approvalRef')),
		source: orNull(str(form, 'source'))
	}));
}

export function parseSectionForm(
	form: FormData
): FormResult<{ titleAz: string; titleEn: string; source: string | null; stamp: string }> {
	const titleAz = str(form, 'titleAz');
	const titleEn = str(form, 'titleEn');
	const errors: Record<string, string> =
		titleAz === '' && titleEn === '' ? { titleAz: 'admin_plans.error.title_missing' } : {};
	return answer(form, errors, () => ({
		titleAz,
		titleEn,
		source: orNull(str(form, 'source')),
		stamp: str(form, 'stamp')
	}));
}

/** Executing bodies come as one select per institution: `role_<institutionId>` = lead|co|recommended|''. */
export function parseActionForm(
	form: FormData,
	institutionIds: number[]
): FormResult<ActionEdit & { stamp: string }> {
	const errors: Record<string, string> = {};
	const textAz = orNull(str(form, 'textAz'));
	const textEn = orNull(str(form, 'textEn'));
	const startRaw = str(form, 'startYear');
	const endRaw = str(form, 'endYear');
	const startYear = startRaw === '' ? null : year(startRaw);
	const endYear = endRaw === '' ? null : year(endRaw);
	if (textAz === null && textEn === null) errors.textAz = 'admin_plans.error.text_missing';
	if (startRaw !== '' && startYear === null) errors.startYear = 'admin_plans.error.year';
	if (endRaw !== '' && endYear === null) errors.endYear = 'admin_plans.error.year';
	const bodies: ActionEdit['bodies'] = [];
	for (const id of institutionIds) {
		const role = str(form, `role_${id}`);
		if (role === '') continue;
		if (!(ACTION_ROLES as readonly string[]).includes(role)) errors.bodies = 'error.required';
		else bodies.push({ institutionId: id, role: role as ActionRole });
	}
	return answer(form, errors, () => ({
		textAz,
		textEn,
		startYear,
		endYear,
		sample: form.get('sample') === 'on',
		source: orNull(str(form, 'source')),
		note: orNull(str(form, 'note')),
		bodies,
		stamp: str(form, 'stamp')
	}));
}

export function parseIndicatorForm(form: FormData): FormResult<IndicatorInput> {
	const errors: Record<string, string> = {};
	const nameAz = str(form, 'nameAz');
	const nameEn = str(form, 'nameEn');
	if (nameAz === '' && nameEn === '') errors.nameAz = 'admin_plans.error.title_missing';
	const nums = {} as Record<'baseline' | 'milestone' | 'target', number | null>;
	for (const k of ['baseline', 'milestone', 'target'] as const) {
		const n = parseNumber(str(form, k));
		if (n === undefined) errors[k] = 'admin_plans.error.number';
		else nums[k] = n;
	}
	const unit = str(form, 'unit') || 'count';
	return answer(form, errors, () => ({ nameAz, nameEn, unit, ...nums }));
}
