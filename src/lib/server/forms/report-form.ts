import {
	IMPLEMENTATION_STATUSES,
	type ImplementationStatus,
	type ProgressReport
} from '../db/schema';
import { formValues, str, type FormResult } from './fields';

export const NARRATIVE_FIELDS = [
	'doneAz',
	'doneEn',
	'obstaclesAz',
	'obstaclesEn',
	'nextStepsAz',
	'nextStepsEn'
] as const;
export type NarrativeField = (typeof NARRATIVE_FIELDS)[number];

/** What the report form edits: the report's status, percent and narrative, and its indicators. */
export type ReportContent = Pick<ProgressReport, 'status' | 'percent' | NarrativeField> & {
	/** indicator id → value (null = not reported) */
	indicators: Record<number, number | null>;
};

const MAX_TEXT = 10_000;

function num(raw: string): number | null | 'bad' {
	if (raw === '') return null;
	const n = Number(raw.replace(',', '.'));
	return Number.isFinite(n) ? n : 'bad';
}

/** Parses the report form (fields + `version`); drafts may be incomplete but never malformed. */
export function parseReportForm(
	form: FormData
): FormResult<{ content: ReportContent; version: number }> {
	const errors: Record<string, string> = {};
	const status = str(form, 'status');
	if (!(IMPLEMENTATION_STATUSES as readonly string[]).includes(status))
		errors.status = 'progress.error.status';
	const percent = num(str(form, 'percent'));
	if (
		percent === 'bad' ||
		(percent !== null && (!Number.isInteger(percent) || percent < 0 || percent > 100))
	)
		errors.percent = 'progress.error.percent_range';
	const texts = {} as Record<NarrativeField, string | null>;
	for (const f of NARRATIVE_FIELDS) {
		const v = str(form, f);
		if (v.length > MAX_TEXT) errors[f] = 'progress.error.too_long';
		texts[f] = v === '' ? null : v;
	}
	const indicators: Record<number, number | null> = {};
	for (const [k, v] of form.entries()) {
		const m = /^ind_(\d+)$/.exec(k);
		if (!m || typeof v !== 'string') continue;
		const n = num(v.trim());
		if (n === 'bad') errors[k] = 'progress.error.number';
		else indicators[Number(m[1])] = n;
	}
	const version = Number(str(form, 'version'));
	if (!Number.isInteger(version) || version < 1) errors.form = 'progress.error.stale_form';
	if (Object.keys(errors).length) return { ok: false, errors, values: formValues(form) };
	return {
		ok: true,
		data: {
			version,
			content: {
				status: status as ImplementationStatus,
				percent: percent as number | null,
				...texts,
				indicators
			}
		}
	};
}

/** What a report needs before it can be submitted (message keys per field). */
export function submitProblems(c: ReportContent): Record<string, string> {
	const errors: Record<string, string> = {};
	const has = (a: string | null, b: string | null) => Boolean(a || b);
	const explains =
		c.status === 'not_started' || c.status === 'delayed' || c.status === 'not_applicable';
	if (!explains && !has(c.doneAz, c.doneEn)) {
		errors.doneAz = 'progress.error.done_required';
	}
	if (explains && !has(c.obstaclesAz, c.obstaclesEn) && !has(c.doneAz, c.doneEn)) {
		errors.obstaclesAz = 'progress.error.explain_required';
	}
	if (c.status === 'completed' && c.percent !== null && c.percent !== 100)
		errors.percent = 'progress.error.completed_percent';
	if ((c.status === 'in_progress' || c.status === 'partially_completed') && c.percent === null)
		errors.percent = 'progress.error.percent_required';
	return errors;
}
