import { describe, expect, it } from 'vitest';
import {
	parseReportForm,
	submitProblems,
	type ReportContent
} from '../../../src/lib/server/forms/report-form';
import { parseEvidenceForm } from '../../../src/lib/server/forms/evidence-form';
import { parseExceptionForm } from '../../../src/lib/server/forms/exception-form';

const fd = (o: Record<string, string | File>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(o)) f.append(k, v);
	return f;
};

describe('report form', () => {
	it('parses a draft, keeping empty narratives as null and indicator values as numbers', () => {
		const r = parseReportForm(
			fd({
				version: '3',
				status: 'in_progress',
				percent: '40',
				doneAz: ' Təlim ',
				doneEn: '',
				ind_7: '12,5',
				ind_8: ''
			})
		);
		expect(r).toEqual({
			ok: true,
			data: {
				version: 3,
				content: {
					status: 'in_progress',
					percent: 40,
					doneAz: 'Təlim',
					doneEn: null,
					obstaclesAz: null,
					obstaclesEn: null,
					nextStepsAz: null,
					nextStepsEn: null,
					indicators: { 7: 12.5, 8: null }
				}
			}
		});
	});

	it('names each bad field and echoes what was typed', () => {
		const r = parseReportForm(
			fd({ version: '1', status: 'finished', percent: '101', doneEn: 'kept', ind_3: 'many' })
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors).toEqual({
			status: 'progress.error.status',
			percent: 'progress.error.percent_range',
			ind_3: 'progress.error.number'
		});
		expect(r.values.doneEn).toBe('kept');
		expect(parseReportForm(fd({ version: '1', status: 'completed', percent: '50.5' })).ok).toBe(
			false
		);
		const stale = parseReportForm(fd({ status: 'completed' }));
		expect(!stale.ok && stale.errors.form).toBe('progress.error.stale_form');
	});

	it('asks for a narrative in either language before submitting', () => {
		const base: ReportContent = {
			status: 'in_progress',
			percent: 20,
			doneAz: null,
			doneEn: null,
			obstaclesAz: null,
			obstaclesEn: null,
			nextStepsAz: null,
			nextStepsEn: null,
			indicators: {}
		};
		expect(submitProblems(base)).toEqual({ doneAz: 'progress.error.done_required' });
		expect(submitProblems({ ...base, doneEn: 'Done' })).toEqual({});
		expect(submitProblems({ ...base, status: 'delayed', percent: null })).toEqual({
			obstaclesAz: 'progress.error.explain_required'
		});
		expect(submitProblems({ ...base, status: 'delayed', obstaclesAz: 'Vəsait yoxdur' })).toEqual(
			{}
		);
		expect(submitProblems({ ...base, status: 'completed', percent: 80, doneAz: 'x' })).toEqual({
			percent: 'progress.error.completed_percent'
		});
		expect(submitProblems({ ...base, percent: null, doneAz: 'x' })).toEqual({
			percent: 'progress.error.percent_required'
		});
	});
});

describe('evidence form', () => {
	it('needs a file or a link, and a known sensitivity', () => {
		const file = new File([new Uint8Array([1])], 'a.pdf');
		expect(
			parseEvidenceForm(fd({ file, sensitivity: 'partners', label: 'Minutes' }), 'file')
		).toMatchObject({ ok: true, data: { sensitivity: 'partners', label: 'Minutes' } });
		const bad = parseEvidenceForm(fd({ sensitivity: 'everyone' }), 'file');
		expect(!bad.ok && bad.errors).toEqual({
			sensitivity: 'progress.error.sensitivity',
			file: 'progress.error.no_file'
		});
		const noUrl = parseEvidenceForm(fd({ sensitivity: 'public' }), 'link');
		expect(!noUrl.ok && noUrl.errors).toEqual({ url: 'error.required' });
	});
});

describe('exception form', () => {
	it('needs a period, an institution, a day not in the past and a reason', () => {
		expect(
			parseExceptionForm(
				fd({ periodId: '2', institutionId: '5', untilDate: '2026-12-01', reason: 'Late data' }),
				'2026-11-23'
			)
		).toEqual({
			ok: true,
			data: { periodId: 2, institutionId: 5, untilDate: '2026-12-01', reason: 'Late data' }
		});
		const r = parseExceptionForm(
			fd({ periodId: 'x', institutionId: '', untilDate: '2026-11-01', reason: '' }),
			'2026-11-23'
		);
		expect(!r.ok && r.errors).toEqual({
			periodId: 'error.required',
			institutionId: 'error.required',
			untilDate: 'exceptions.error.past',
			reason: 'progress.error.reason_required'
		});
		// Date.parse would take 31 February as 2 March
		const impossible = parseExceptionForm(
			fd({ periodId: '2', institutionId: '5', untilDate: '2027-02-31', reason: 'Late data' }),
			'2026-11-23'
		);
		expect(!impossible.ok && impossible.errors).toEqual({ untilDate: 'progress.error.date' });
	});
});
