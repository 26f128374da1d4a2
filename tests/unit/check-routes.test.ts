import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkRoutes, routeProblems, tableNames } from '../../scripts/check-routes';

const tables: string[] = tableNames(readFileSync('src/lib/server/db/schema.ts', 'utf8'));

describe('routes never query the database', () => {
	it('reads the table names from the schema', () => {
		expect(tables).toEqual(expect.arrayContaining(['institution', 'plan', 'reportingPeriod']));
		expect(tables).not.toContain('ROLES');
	});

	it('flags drizzle-orm, schema tables and queries on db, with their lines', () => {
		const source = [
			"import { eq } from 'drizzle-orm';",
			"import { institution, ROLES } from '$lib/server/db/schema';",
			'const a = db',
			'\t.select()',
			'\t.from(institution)',
			'\t.where(eq(institution.id, 1))',
			'\t.get();'
		].join('\n');
		expect(routeProblems(source, tables)).toEqual([
			{ line: 1, text: 'imports drizzle-orm' },
			{ line: 2, text: 'imports table institution' },
			{ line: 3, text: 'queries the database (db.select)' }
		]);
	});

	it('lets routes import constants and types from the schema and call domain modules', () => {
		const source = [
			"import { ROLES, type Institution } from '$lib/server/db/schema';",
			"import type { plan } from '$lib/server/db/schema';",
			'const i = getInstitution(db, 1);'
		].join('\n');
		expect(routeProblems(source, tables)).toEqual([]);
	});

	it('holds for this checkout', () => {
		expect(checkRoutes(process.cwd())).toEqual([]);
	});
});
