// Admin forms for statistics definitions: a metric, a dimension, a category.
import { formValues, str, type FormResult } from './fields';
import { isValidCode } from '../statistics/keys';
import { parseId } from '../../ids';
import { isStatUnit, type StatUnit } from '../../stat-units';

export interface MetricInput {
	code: string;
	nameAz: string;
	nameEn: string;
	descriptionAz: string | null;
	descriptionEn: string | null;
	unit: StatUnit;
	sensitive: boolean;
	active: boolean;
	sortOrder: number;
	institutionIds: number[];
	dimensions: { dimensionId: number; optional: boolean; sortOrder: number }[];
}

const intOr = (s: string, d: number) => (/^-?\d{1,6}$/.test(s) ? Number(s) : d);

export function parseMetricForm(form: FormData): FormResult<MetricInput> {
	const errors: Record<string, string> = {};
	const code = str(form, 'code');
	if (!/^[a-z][a-z0-9_]{1,39}$/.test(code)) errors.code = 'stat.admin.code_invalid';
	const nameAz = str(form, 'nameAz');
	const nameEn = str(form, 'nameEn');
	if (!nameAz) errors.nameAz = 'error.required';
	if (!nameEn) errors.nameEn = 'error.required';
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
	if (Object.keys(errors).length) return { ok: false, errors, values: formValues(form) };
	return {
		ok: true,
		data: {
			code,
			nameAz,
			nameEn,
			unit,
			descriptionAz: str(form, 'descriptionAz') || null,
			descriptionEn: str(form, 'descriptionEn') || null,
			sensitive: form.get('sensitive') !== null,
			active: form.get('active') !== null,
			sortOrder: intOr(str(form, 'sortOrder'), 0),
			institutionIds: [...new Set(institutionIds)],
			dimensions: dimensions.sort((a, b) => a.sortOrder - b.sortOrder)
		}
	};
}

export interface NamedInput {
	code: string;
	nameAz: string;
	nameEn: string;
	glotip: string | null;
	sortOrder: number;
}

/** A dimension or a category (prefix '' or 'cat_<id>_' for rows of the categories table). */
export function parseNamedForm(form: FormData, prefix = ''): FormResult<NamedInput> {
	const errors: Record<string, string> = {};
	const code = str(form, `${prefix}code`);
	if (!isValidCode(code)) errors[`${prefix}code`] = 'stat.admin.code_invalid';
	const nameAz = str(form, `${prefix}nameAz`);
	const nameEn = str(form, `${prefix}nameEn`);
	if (!nameAz) errors[`${prefix}nameAz`] = 'error.required';
	if (!nameEn) errors[`${prefix}nameEn`] = 'error.required';
	if (Object.keys(errors).length) return { ok: false, errors, values: formValues(form) };
	return {
		ok: true,
		data: {
			code,
			nameAz,
			nameEn,
			glotip: str(form, `${prefix}glotip`) || null,
			sortOrder: intOr(str(form, `${prefix}sortOrder`), 0)
		}
	};
}
