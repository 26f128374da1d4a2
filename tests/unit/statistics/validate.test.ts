import { describe, expect, it } from 'vitest';
import {
	checkOrder,
	checkSums,
	compareFact,
	disagreementWarnings,
	parseCount,
	validateReport,
	yoyWarnings
} from '../../../src/lib/server/statistics/validate';
import type { CellValue, MetricDef } from '../../../src/lib/server/statistics/types';

let ids = 0;
const dim = (code: string, cats: string[], optional = false) => ({
	id: ++ids,
	code,
	nameAz: code,
	nameEn: code,
	optional,
	categories: cats.map((c, i) => ({
		id: ++ids,
		code: c,
		nameAz: c,
		nameEn: c,
		glotip: null,
		sortOrder: i
	}))
});
const metric = (code: string, dims: ReturnType<typeof dim>[] = []): MetricDef => ({
	id: ++ids,
	code,
	nameAz: code,
	nameEn: code,
	descriptionAz: null,
	descriptionEn: null,
	unit: 'count',
	sensitive: true,
	sortOrder: 0,
	active: true,
	dimensions: dims,
	institutionIds: []
});
const c = (key: string, value: number | null, notAvailable = false): CellValue => ({
	key,
	value,
	notAvailable
});
const victims = metric('victims_identified', [
	dim('sex', ['female', 'male']),
	dim('age', ['adult', 'child']),
	dim('country', ['AZ', 'RU', 'OTHER'], true)
]);

describe('counts', () => {
	it('accepts whole non-negative numbers and blank as "no value"', () => {
		expect(parseCount('12')).toEqual({ ok: true, value: 12 });
		expect(parseCount(' 1 200 ')).toEqual({ ok: true, value: 1200 });
		expect(parseCount('')).toEqual({ ok: true, value: null });
		expect(parseCount('0')).toEqual({ ok: true, value: 0 });
	});
	it('refuses negative, fractional and text counts', () => {
		expect(parseCount('-1')).toEqual({ ok: false, error: 'stat.rule.negative' });
		expect(parseCount('2.5')).toEqual({ ok: false, error: 'stat.rule.fractional' });
		expect(parseCount('2,5')).toEqual({ ok: false, error: 'stat.rule.fractional' });
		expect(parseCount(-3)).toEqual({ ok: false, error: 'stat.rule.negative' });
		expect(parseCount('twelve')).toEqual({ ok: false, error: 'stat.rule.not_a_number' });
		expect(parseCount('1e3')).toEqual({ ok: false, error: 'stat.rule.not_a_number' });
	});
	it('flags stored negative or fractional values and a value marked not available', () => {
		const issues = validateReport(
			[victims],
			new Map([
				[
					'victims_identified',
					[c('', -2), c('sex=female', 1.5), { key: 'sex=male', value: 3, notAvailable: true }]
				]
			])
		);
		expect(issues.map((i) => i.message)).toEqual(
			expect.arrayContaining([
				'stat.rule.negative',
				'stat.rule.fractional',
				'stat.rule.value_and_na'
			])
		);
	});
});

describe('disaggregations add up to the total', () => {
	it('passes when every category is given and they add up', () => {
		expect(
			checkSums(victims, [
				c('', 10),
				c('sex=female', 7),
				c('sex=male', 3),
				c('age=adult', 9),
				c('age=child', 1)
			])
		).toEqual([]);
	});
	it('flags the total when a complete dimension does not add up', () => {
		const issues = checkSums(victims, [c('', 10), c('sex=female', 7), c('sex=male', 4)]);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({
			level: 'error',
			key: '',
			message: 'stat.rule.sum_mismatch',
			params: { dimension: 'sex', sum: 11, total: 10 }
		});
	});
	it('checks each dimension on its own', () => {
		const issues = checkSums(victims, [
			c('', 10),
			c('sex=female', 7),
			c('sex=male', 3),
			c('age=adult', 5),
			c('age=child', 4)
		]);
		expect(issues.map((i) => i.params.dimension)).toEqual(['age']);
	});
	it('allows a partly given dimension below the total but not above it', () => {
		expect(checkSums(victims, [c('', 10), c('country=AZ', 6), c('country=RU', 2)])).toEqual([]);
		const over = checkSums(victims, [c('', 10), c('country=AZ', 8), c('country=RU', 3)]);
		expect(over[0]).toMatchObject({
			message: 'stat.rule.sum_exceeds',
			params: { sum: 11, total: 10 }
		});
	});
	it('treats "not available" as missing, not as zero', () => {
		expect(checkSums(victims, [c('', 10), c('sex=female', 7), c('sex=male', null, true)])).toEqual(
			[]
		);
		expect(checkSums(victims, [c('', 10), c('sex=female', 7), c('sex=male', 0)])[0].message).toBe(
			'stat.rule.sum_mismatch'
		);
	});
	it('checks crosses against their one-way cells', () => {
		const cells = [
			c('', 10),
			c('sex=female', 7),
			c('sex=male', 3),
			c('age=adult;sex=female', 5),
			c('age=child;sex=female', 1)
		];
		const issues = checkSums(victims, cells);
		expect(issues[0]).toMatchObject({
			key: 'sex=female',
			message: 'stat.rule.sum_mismatch',
			params: { dimension: 'age', sum: 6, total: 7 }
		});
	});
	it('flags a cell larger than a coarser cell that contains it', () => {
		const issues = checkSums(victims, [c('sex=female', 3), c('age=adult;sex=female', 4)]);
		expect(issues[0]).toMatchObject({
			key: 'age=adult;sex=female',
			message: 'stat.rule.exceeds_parent',
			params: { value: 4, parent: 3 }
		});
	});
	it('children never exceed the victims', () => {
		const issues = checkSums(victims, [c('', 2), c('age=child', 3)]);
		expect(issues).toEqual([
			expect.objectContaining({
				key: 'age=child',
				message: 'stat.rule.children_exceed_total',
				params: { children: 3, total: 2 }
			})
		]);
	});
});

describe('convicted ≤ sent to court', () => {
	const convicted = metric('persons_convicted');
	const sent = metric('persons_sent_to_court');
	it('warns (never blocks) when convictions exceed persons sent to court in one report', () => {
		const cells = new Map([
			['persons_convicted', [c('', 16)]],
			['persons_sent_to_court', [c('', 15)]]
		]);
		// convictions of a year include persons sent to court in earlier years: not an error
		expect(validateReport([convicted, sent], cells)).toEqual([]);
		expect(checkOrder(cells)).toEqual([
			expect.objectContaining({
				level: 'warning',
				metric: 'persons_convicted',
				message: 'stat.warn.convicted_exceeds_sent',
				params: { value: 16, limit: 15, other: 'persons_sent_to_court' }
			})
		]);
	});
	it('passes when equal, or when one of them is not given', () => {
		expect(
			validateReport(
				[convicted, sent],
				new Map([
					['persons_convicted', [c('', 15)]],
					['persons_sent_to_court', [c('', 15)]]
				])
			)
		).toEqual([]);
		expect(
			validateReport(
				[convicted, sent],
				new Map([
					['persons_convicted', [c('', 15)]],
					['persons_sent_to_court', [c('', null, true)]]
				])
			)
		).toEqual([]);
	});
});

describe('warnings', () => {
	it('flags a year-on-year change beyond the factor, both ways', () => {
		const prev = [c('', 10), c('sex=female', 8), c('sex=male', 2)];
		const cur = [c('', 21), c('sex=female', 4), c('sex=male', 2)];
		const w = yoyWarnings('victims_identified', cur, prev, 2, 2022);
		expect(w.map((x) => x.key)).toEqual(['']); // 21 vs 10 is beyond 2×, 4 vs 8 is exactly 2×
		expect(yoyWarnings('v', [c('', 3)], [c('', 8)], 2, 2022)).toHaveLength(1);
		expect(yoyWarnings('v', [c('', 4)], [c('', 8)], 2, 2022)).toHaveLength(0);
		expect(w[0]).toMatchObject({
			level: 'warning',
			message: 'stat.warn.yoy',
			params: { previous: 10, year: 2022, factor: 2 }
		});
	});
	it('counts zero as one, skips missing cells and "not available"', () => {
		expect(yoyWarnings('v', [c('', 1)], [c('', 0)], 2, 2022)).toHaveLength(0);
		expect(yoyWarnings('v', [c('', 3)], [c('', 0)], 2, 2022)).toHaveLength(1);
		expect(yoyWarnings('v', [c('', 30)], [c('', null, true)], 2, 2022)).toHaveLength(0);
		expect(yoyWarnings('v', [c('', 30)], [], 2, 2022)).toHaveLength(0);
	});
	it('compares two institutions on the same fact', () => {
		const mia = [c('', 94), c('sex=female', 90)];
		const vac = [c('', 80), c('sex=female', 90), c('sex=male', 4)];
		expect(compareFact(mia, vac)).toEqual([
			{ key: '', a: 94, b: 80, agree: false },
			{ key: 'sex=female', a: 90, b: 90, agree: true },
			{ key: 'sex=male', a: null, b: 4, agree: null }
		]);
		const mine = { metric: 'criminal_cases_opened', institution: 'MIA' };
		const other = { metric: 'criminal_cases_opened', institution: 'PGO' };
		expect(disagreementWarnings(mine, other, mia, vac, true)).toEqual([
			expect.objectContaining({
				level: 'warning',
				key: '',
				message: 'stat.warn.disagree',
				params: { institution: 'PGO', other: 'criminal_cases_opened', value: 80 }
			})
		]);
		// by default (a focal point) the other institution's figure is not told
		const hidden = disagreementWarnings(mine, other, mia, vac);
		expect(hidden).toEqual([
			expect.objectContaining({
				key: '',
				message: 'stat.warn.disagree_hidden',
				params: { institution: 'PGO', other: 'criminal_cases_opened' }
			})
		]);
		expect(JSON.stringify(hidden)).not.toContain('80');
	});
});
