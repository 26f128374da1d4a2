// Fast check of the access-control table (the browser suite's access-control.e2e.ts runs it):
// every route of src/routes has a row, and the route list is read correctly.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { actionNames, enumerateRoutes } from '../access/routes';
import { EXPECTATIONS, ORDER } from '../access/expectations';

describe('access-control table', () => {
	const routes = enumerateRoutes('src/routes');

	it('has a row for every page, form action and endpoint, and none for a removed one', () => {
		expect(routes.length).toBeGreaterThan(100);
		expect(routes.filter((r) => !(r in EXPECTATIONS))).toEqual([]);
		expect(Object.keys(EXPECTATIONS).filter((k) => !routes.includes(k))).toEqual([]);
	});

	it('has each route once (a second row would silently win over the first)', () => {
		const text = readFileSync('tests/access/expectations.ts', 'utf8');
		const keys = [...text.matchAll(/^\t'([A-Z]+ [^']+)':/gm)].map((m) => m[1]);
		expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
		expect(keys.length).toBe(Object.keys(EXPECTATIONS).length);
	});

	it('gives one known letter per principal in every row', () => {
		for (const [key, row] of Object.entries(EXPECTATIONS))
			expect(row.expect.trim().split(/\s+/), key).toHaveLength(ORDER.length);
		for (const [key, row] of Object.entries(EXPECTATIONS))
			expect(row.expect, key).toMatch(/^[ADLNE]( [ADLNE])*$/);
	});

	it('reads action names as SvelteKit does', () => {
		expect(actionNames('export const actions: Actions = { default: login };')).toEqual(['default']);
		expect(
			actionNames(
				"export const actions: Actions = {\n\tsave: act.saveAction,\n\treturn: act.moveAction('return'),\n\tcomment\n};"
			)
		).toEqual(['save', 'return', 'comment']);
		expect(routes).toContain('POST /reports/[reportId]?/save');
		expect(routes).toContain('GET /donor/export.csv');
		expect(routes).toContain('GET /audit');
	});
});
