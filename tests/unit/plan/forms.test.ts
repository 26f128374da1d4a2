import { describe, expect, it } from 'vitest';
import {
	parseActionForm,
	parseIndicatorForm,
	parseNumber,
	parsePlanMetaForm
} from '../../../src/lib/server/forms/plan-forms';
import { parseDueDateForm, parseGenerateForm } from '../../../src/lib/server/forms/period-forms';

const fd = (o: Record<string, string>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(o)) f.set(k, v);
	return f;
};

describe('plan forms', () => {
	it('parses plan metadata and echoes what was typed on errors', () => {
		const ok = parsePlanMetaForm(
			fd({ code: 'NAP-5', titleAz: 'Plan', titleEn: '', startYear: '2025', endYear: '2029' })
		);
		expect(ok).toEqual({
			ok: true,
			data: {
				code: 'NAP-5',
				titleAz: 'Plan',
				titleEn: '',
				startYear: 2025,
				endYear: 2029,
				approvalRef: null,
				source: null
			}
		});
		const bad = parsePlanMetaForm(
			fd({ code: 'bad code', titleAz: '', titleEn: '', startYear: '2029', endYear: '2025' })
		);
		expect(bad).toEqual({
			ok: false,
			errors: {
				code: 'admin_plans.error.code_format',
				titleAz: 'admin_plans.error.title_missing',
				endYear: 'admin_plans.error.years_reversed'
			},
			values: { code: 'bad code', titleAz: '', titleEn: '', startYear: '2029', endYear: '2025' }
		});
	});

	it('parses an action form with one role per institution', () => {
		const r = parseActionForm(
			fd({
				textAz: 'Mətn',
				textEn: '',
				startYear: '',
				endYear: '',
				role_1: 'lead',
				role_2: '',
				role_3: 'recommended',
				sample: 'on',
				stamp: 'abc'
			}),
			[1, 2, 3]
		);
		expect(r).toMatchObject({
			ok: true,
			data: {
				textAz: 'Mətn',
				textEn: null,
				startYear: null,
				sample: true,
				stamp: 'abc',
				bodies: [
					{ institutionId: 1, role: 'lead' },
					{ institutionId: 3, role: 'recommended' }
				]
			}
		});
		expect(
			parseActionForm(fd({ textAz: 'x', startYear: '20x1', role_1: 'boss' }), [1])
		).toMatchObject({
			ok: false,
			errors: { startYear: 'admin_plans.error.year', bodies: 'error.required' }
		});
	});

	it('parses numbers with a decimal comma and refuses words', () => {
		expect(parseNumber('1,5')).toBe(1.5);
		expect(parseNumber('1 200')).toBe(1200);
		expect(parseNumber('')).toBeNull();
		expect(parseNumber('many')).toBeUndefined();
		expect(parseIndicatorForm(fd({ nameEn: 'Judges trained', target: 'lots' }))).toMatchObject({
			ok: false,
			errors: { target: 'admin_plans.error.number' }
		});
		expect(parseIndicatorForm(fd({ nameEn: 'Judges trained', target: '120' }))).toMatchObject({
			ok: true,
			data: { unit: 'count', target: 120, baseline: null }
		});
	});
});

describe('period forms', () => {
	it('parses the generate form', () => {
		expect(
			parseGenerateForm(fd({ planId: '1', kind: 'quarter', scope: 'progress', dueDays: '15' }))
		).toEqual({ ok: true, data: { planId: 1, kind: 'quarter', scope: 'progress', dueDays: 15 } });
		expect(
			parseGenerateForm(fd({ planId: '1', kind: 'month', scope: 'x', dueDays: '400' }))
		).toMatchObject({
			ok: false,
			errors: { kind: 'error.required', scope: 'error.required', dueDays: 'periods.error.days' }
		});
	});

	it('accepts only real calendar dates', () => {
		expect(
			parseDueDateForm(fd({ periodId: '3', dueDate: '2024-02-29', expected: '2024-02-20' }))
		).toMatchObject({ ok: true });
		expect(parseDueDateForm(fd({ periodId: '3', dueDate: '2023-02-30' }))).toMatchObject({
			ok: false,
			errors: { dueDate: 'periods.error.date' }
		});
		expect(parseDueDateForm(fd({ periodId: '3', dueDate: '30.01.2023' }))).toMatchObject({
			ok: false
		});
	});
});
