import { describe, expect, it } from 'vitest';
import { buildCube, cellId } from '../../../src/lib/server/dashboards/cube';

const dims = [{ code: 'age', categories: ['adult', 'child'] }];
const cols = [
	{ id: '2020', years: [2020] },
	{ id: '2021', years: [2021] },
	{ id: '2020-2021', years: [2020, 2021] }
];
const fig = (o: Record<number, Record<string, number | null>>) =>
	new Map(Object.entries(o).map(([y, m]) => [Number(y), new Map(Object.entries(m))]));

describe('results cube', () => {
	it('puts what a breakdown leaves out into "not stated", and adds years into a range', () => {
		const c = buildCube(
			fig({ 2020: { '': 94, 'age=child': 2 }, 2021: { '': 95, 'age=adult': 95, 'age=child': 0 } }),
			dims,
			cols
		);
		const v = new Map(c.cells.map((x) => [x.id, x.value]));
		expect(v.get(cellId('2020', 'age=?'))).toBe(92);
		expect(v.has(cellId('2020', 'age=adult'))).toBe(false);
		expect(v.get(cellId('2020-2021', 'age=adult'))).toBe(95);
		expect(v.get(cellId('2020-2021', 'age=child'))).toBe(2);
		expect(v.get(cellId('2020-2021', 'age=?'))).toBe(92);
		expect(v.get(cellId('2020-2021', ''))).toBe(189);
		// every equation holds with the cube's values
		for (const e of c.equations)
			expect(v.get(e.total), JSON.stringify(e)).toBe(e.parts.reduce((s, p) => s + v.get(p)!, 0));
		expect(c.equations.filter((e) => e.overTime).length).toBeGreaterThan(0);
	});

	it('sums what is known when a year neither gives a figure nor a total to absorb it, marking the year', () => {
		const c = buildCube(
			fig({
				2020: { 'age=adult': 5, 'age=child': null },
				2021: { '': 4, 'age=adult': 4, 'age=child': 0 }
			}),
			dims,
			cols
		);
		const v = new Map(c.cells.map((x) => [x.id, x.value]));
		expect(v.has(cellId('2020', ''))).toBe(false);
		expect(v.get(cellId('2020-2021', 'age=adult'))).toBe(9);
		expect(c.marks.get(cellId('2020-2021', 'age=adult'))).toBeUndefined();
		// 2020's children: reported as not available; the range shows 2021's 0, lacking 2020 —
		// which is 2021's own cell, so it is shown as that cell (no new cell to protect)
		expect(c.marks.get(cellId('2020', 'age=child'))).toEqual({ unavailable: true });
		expect(c.marks.get(cellId('2020-2021', 'age=child'))).toEqual({
			lacks: [2020],
			sameAs: cellId('2021', 'age=child')
		});
		expect(c.marks.get(cellId('2020-2021', ''))).toEqual({
			lacks: [2020],
			sameAs: cellId('2021', '')
		});
		expect(c.unavailable.has('age=child')).toBe(true);
	});

	it('makes a partial sum of several years a cell tied to its years', () => {
		const c = buildCube(
			fig({ 2020: { '': 10, 'age=child': 3 }, 2021: { '': 4 }, 2022: { '': 5, 'age=child': 1 } }),
			dims,
			[2020, 2021, 2022]
				.map((y) => ({ id: `${y}`, years: [y] }))
				.concat([{ id: '2020-2022', years: [2020, 2021, 2022] }])
		);
		const v = new Map(c.cells.map((x) => [x.id, x.value]));
		expect(v.get(cellId('2020-2022', ''))).toBe(19);
		expect(v.get(cellId('2020-2022', 'age=child'))).toBe(4);
		expect(c.marks.get(cellId('2020-2022', 'age=child'))).toEqual({ lacks: [2021] });
		expect(c.equations).toContainEqual({
			total: cellId('2020-2022', 'age=child'),
			parts: [cellId('2020', 'age=child'), cellId('2022', 'age=child')],
			overTime: true
		});
		for (const e of c.equations)
			expect(v.get(e.total), JSON.stringify(e)).toBe(e.parts.reduce((s, p) => s + v.get(p)!, 0));
	});

	it('reports a breakdown larger than its total and keeps it out of the arithmetic', () => {
		const c = buildCube(fig({ 2020: { '': 3, 'age=adult': 5 }, 2021: { '': 1 } }), dims, cols);
		expect(c.inconsistent).toEqual(['2020:age']);
		expect(c.equations.some((e) => e.total === cellId('2020', ''))).toBe(false);
	});
});
