// Admin forms for statistics definitions: a metric, a dimension, a category.
import { answer, str, type FormResult } from './fields';
import { isValidCode } from '../statistics/keys';
import { parseId } from '../../ids';
import { isStatUnit, type StatUnit } from '../../stat-units';
import type { CategoryDef, MetricDef } from '../statistics/types';

/** A metric as its form gives it: the definition without its id, dimensions by id. */
export type MetricInput = Omit<MetricDef, 'id' | 'dimensions' | 'crosses'> & {
	dimensions: { dimensionId: number; optional: boolean; sortOrder: number }[];
};

const intOr = (s: string, d: number) => (/^-?\d{1,6}$/.test(s) ? Number(s) : d);

// The code and both names every definition starts with; a metric's code has a stricter rule
// (lower-case snake_case) than the key rule of dimensions and categories.
function codeAndNames(
	form: FormData,
	prefix: string,
	validCode: (code: string) => boolean,
	errors: Record<string, string>
) {
	const code = str(form, `${prefix}code`);
	if (!validCode(code)) errors[`${prefix}code`] = 'stat.admin.code_invalid';
	const nameAz = str(form, `${prefix}nameAz`);
	const nameEn = str(form, `${prefix}nameEn`);
	if (!nameAz) errors[`${prefix}nameAz`] = 'error.required';
	if (!nameEn) errors[`${prefix}nameEn`] = 'error.required';
	return { code, nameAz, nameEn };
}

export function parseMetricForm(form: FormData): FormResult<MetricInput> {
	const errors: Record<string, string> = {};
	const names = codeAndNames(form, '', (c) => /^[a-z][a-z0-9_]{1,39}$/.test(c), errors);
	const rawUnit = str(form, 'unit') || 'count';
	const unit: StatUnit = isStatUnit(rawUnit) ? rawUnit : 'count';
	if (!isStatUnit(rawUnit)) errors.unit = 'stat.admin.unit_invalid';
	const dimensions: MetricInput['dimensions'] = [];
	for (const [k, v] of form.entries()) {
		const m = /^dim_(\d+)$/.exec(k);
		if (!m || typeof v !== 'string' || v === '') continue;
		if (v !== 'required' && v !== 'optional') errors[k] = 'stat.admin.dimension_invalid';
		dimensions.push({
			dimensionId: Number(m[1]),
			optional: v === 'optional',
			sortOrder: intOr(str(form, `dimorder_${m[1]}`), 0)
		});
	}
	const institutionIds = form
		.getAll('inst')
		.map((v) => (typeof v === 'string' ? parseId(v) : null))
		.filter((id) => id !== null);
	return answer(form, errors, () => ({
		...names,
		unit,
		descriptionAz: str(form, 'descriptionAz') || null,
		descriptionEn: str(form, 'descriptionEn') || null,
		sensitive: form.get('sensitive') !== null,
		active: form.get('active') !== null,
		sortOrder: intOr(str(form, 'sortOrder'), 0),
		institutionIds: [...new Set(institutionIds)],
		dimensions: dimensions.sort((a, b) => a.sortOrder - b.sortOrder)
	}));
}

/** A dimension or a category as its form gives it (a dimension ignores glotip and sortOrder). */
export type NamedInput = Omit<CategoryDef, 'id'>;

/** A dimension or a category (prefix '' or 'cat_<id>_' for rows of the categories table). */
export function parseNamedForm(form: FormData, prefix = ''): FormResult<NamedInput> {
	const errors: Record<string, string> = {};
	const names = codeAndNames(form, prefix, isValidCode, errors);
	return answer(form, errors, () => ({
		...names,
		glotip: str(form, `${prefix}glotip`) || null,
		sortOrder: intOr(str(form, `${prefix}sortOrder`), 0)
	}));
}
