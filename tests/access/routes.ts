// Every route the app answers, read from the src/routes tree the build is made from: each page
// (its load), each form action of a +page.server.ts, and each method a +server.ts exports.
// Keys: "GET /reports/[reportId]", "POST /reports/[reportId]?/save", "GET /donor/export.csv".
// Groups like (app) are left out of the path, as in the URL, and so are param matchers.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function walk(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) walk(p, out);
		else out.push(p);
	}
	return out;
}

function urlPath(routesDir: string, file: string): string {
	const rel = file.slice(routesDir.length).split('/').slice(0, -1);
	const parts = rel.filter((s) => s !== '' && !/^\(.*\)$/.test(s));
	// param matchers are left out of the key: [reportId=id] is [reportId]
	return '/' + parts.map((s) => s.replace(/\[(\w+)=\w+\]/g, '[$1]')).join('/');
}

/** The names in `export const actions = { a, b: c, ... }` (a route without one has none). */
export function actionNames(source: string): string[] {
	const m = /export const actions(?:\s*:\s*Actions)?\s*=\s*\{([\s\S]*?)\n?\};?/.exec(source);
	if (!m) return [];
	const names = new Set<string>();
	let depth = 0;
	let token = '';
	// top-level keys only: skip nested braces/parentheses
	for (const ch of m[1]) {
		if ('{(['.includes(ch)) depth++;
		else if ('})]'.includes(ch)) depth--;
		if (depth === 0 && (ch === ',' || ch === ':')) {
			const key = token.trim().replace(/^['"]|['"]$/g, '');
			if (ch === ':' || /^[A-Za-z_$][\w$]*$/.test(key)) if (key) names.add(key);
			token = ch === ':' ? '\u0000' : '';
			continue;
		}
		if (depth === 0 && !token.startsWith('\u0000')) token += ch;
		else if (depth === 0 && ch === '\n') token = token.startsWith('\u0000') ? token : token;
	}
	const last = token.trim();
	if (last && !last.startsWith('\u0000') && /^[A-Za-z_$][\w$]*$/.test(last)) names.add(last);
	return [...names];
}

export function enumerateRoutes(routesDir = 'src/routes'): string[] {
	const keys = new Set<string>();
	for (const file of walk(routesDir)) {
		const name = file.split('/').pop()!;
		const path = urlPath(routesDir, file);
		if (name === '+page.svelte' || name === '+page.server.ts' || name === '+page.ts')
			keys.add(`GET ${path}`);
		if (name === '+page.server.ts')
			for (const a of actionNames(readFileSync(file, 'utf8'))) keys.add(`POST ${path}?/${a}`);
		if (name === '+server.ts') {
			const src = readFileSync(file, 'utf8');
			for (const m of METHODS)
				if (new RegExp(`export\\s+(const|async function|function)\\s+${m}\\b`).test(src))
					keys.add(`${m} ${path}`);
		}
	}
	return [...keys].sort();
}
