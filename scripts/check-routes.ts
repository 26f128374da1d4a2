// `npm run check` runs this: routes stay thin, so src/routes never imports drizzle-orm, never
// imports a table from the schema and never runs a query on `db` — the domain modules under
// src/lib/server do, with `db` as their first argument. Prints each offending file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Files still waiting for their queries to move, each with the reason. Keep this list empty.
const PENDING = new Map([
	[
		'src/routes/(app)/admin/plans/+page.server.ts',
		'the plan list with action counts moves into plan/ with the plan lifecycle'
	]
]);

const QUERY =
	/\bdb\s*\.\s*(select|selectDistinct|insert|update|delete|all|get|run|values|transaction|\$client)\b/;

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = join(dir, e.name);
		if (e.isDirectory()) return files(p);
		return /\.(ts|js|svelte)$/.test(e.name) ? [p] : [];
	});
}

/** The schema's table names (`export const x = sqliteTable(`). */
export function tableNames(schemaSource: string): string[] {
	return [...schemaSource.matchAll(/export const (\w+) = sqliteTable\(/g)].map((m) => m[1]);
}

export interface Problem {
	line: number;
	text: string;
}

/** Problems in one route file's source. */
export function routeProblems(source: string, tables: string[]): Problem[] {
	const problems: Problem[] = [];
	const tableSet = new Set(tables);
	const importRe = /import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+['"]([^'"]+)['"]/g;
	const lineOf = (index: number | undefined) => source.slice(0, index ?? 0).split('\n').length;
	for (const m of source.matchAll(importRe)) {
		const [, names, from] = m;
		if (/db\/schema$/.test(from) && !/^import\s+type/.test(m[0])) {
			const used = names
				.split(',')
				.map(
					(n) =>
						n
							.trim()
							.replace(/^type\s+/, '')
							.split(/\s+as\s+/)[0]
				)
				.filter((n) => tableSet.has(n));
			if (used.length)
				problems.push({ line: lineOf(m.index), text: `imports table ${used.join(', ')}` });
		}
	}
	for (const m of source.matchAll(/from\s+['"](drizzle-orm[^'"]*)['"]/g))
		problems.push({ line: lineOf(m.index), text: `imports ${m[1]}` });
	const query = new RegExp(QUERY.source, 'g');
	for (const m of source.matchAll(query))
		problems.push({ line: lineOf(m.index), text: `queries the database (db.${m[1]})` });
	return problems.sort((a, b) => a.line - b.line);
}

export function checkRoutes(root: string): string[] {
	const tables = tableNames(readFileSync(join(root, 'src/lib/server/db/schema.ts'), 'utf8'));
	const out: string[] = [];
	for (const file of files(join(root, 'src/routes'))) {
		const rel = relative(root, file);
		if (PENDING.has(rel)) continue;
		for (const p of routeProblems(readFileSync(file, 'utf8'), tables))
			out.push(`${rel}:${p.line}: ${p.text}`);
	}
	return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const problems = checkRoutes(process.cwd());
	if (problems.length) {
		console.error(
			'Routes must not query the database; move the query into a module under src/lib/server:'
		);
		for (const p of problems) console.error(`  ${p}`);
		process.exit(1);
	}
}
