// Which messages each route can show. A page's HTML carries only the strings its own code can
// ask for, not the whole dictionary (issue 11). Found by reading the source at build time, so
// that every `t('key')` call site keeps working and a new string needs no registration:
//   - a route's files are its +page/+layout/+error files and those of its parent folders, plus
//     everything they import under src/ (components, $lib modules, server code that returns
//     message keys such as form errors);
//   - every string literal in them that is a message key counts ('auth.email', "nav.plan");
//   - a template literal `progress.role.${r}` or a literal ending in '.' or '_' counts as a
//     prefix: every key that starts with it. A page that shows keys stored in the database
//     names their prefix as such a literal (see src/routes/(app)/notifications/+page.svelte).
// Over-counting costs bytes, under-counting shows a raw key: the unit test
// tests/unit/i18n-usage.test.ts checks that each call site's key exists, and the phone layout
// browser test checks no page shows a raw key.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export interface RouteUsage {
	/** route id (as SvelteKit's route.id, '' for a request that matched no route) → strings */
	[routeId: string]: { literals: string[]; prefixes: string[] };
}

const ROUTE_FILES = ['+page.svelte', '+page.ts', '+page.server.ts'];
const LAYOUT_FILES = ['+layout.svelte', '+layout.ts', '+layout.server.ts', '+error.svelte'];
const IMPORT =
	/(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
const LITERAL = /(['"])([a-z][\w.-]*)\1/g;
const TEMPLATE_HEAD = /`([a-z][\w.-]*[._])\$\{/g;

export function analyseRoutes(root = process.cwd()): RouteUsage {
	const src = resolve(root, 'src');
	const routes = resolve(src, 'routes');
	const strings = new Map<string, { literals: Set<string>; prefixes: Set<string> }>();
	const closures = new Map<string, Set<string>>();

	const scan = (file: string) => {
		let found = strings.get(file);
		if (found) return found;
		const text = readFileSync(file, 'utf8');
		found = { literals: new Set(), prefixes: new Set() };
		for (const m of text.matchAll(LITERAL)) {
			if (m[2].endsWith('.') || m[2].endsWith('_')) found.prefixes.add(m[2]);
			else found.literals.add(m[2]);
		}
		for (const m of text.matchAll(TEMPLATE_HEAD)) found.prefixes.add(m[1]);
		strings.set(file, found);
		return found;
	};

	const imports = (file: string): string[] => {
		const text = readFileSync(file, 'utf8');
		const out: string[] = [];
		for (const m of text.matchAll(IMPORT)) {
			const spec = m[1] ?? m[2] ?? m[3];
			const target = resolveImport(src, file, spec);
			if (target) out.push(target);
		}
		return out;
	};

	// every file reachable from `entry` (memoised per entry; cycles are fine)
	const closure = (entry: string): Set<string> => {
		const cached = closures.get(entry);
		if (cached) return cached;
		const seen = new Set<string>();
		const stack = [entry];
		while (stack.length) {
			const f = stack.pop()!;
			if (seen.has(f)) continue;
			seen.add(f);
			stack.push(...imports(f));
		}
		closures.set(entry, seen);
		return seen;
	};

	const usageOf = (entries: string[]) => {
		const literals = new Set<string>();
		const prefixes = new Set<string>();
		for (const entry of entries)
			for (const f of closure(entry)) {
				const s = scan(f);
				s.literals.forEach((l) => literals.add(l));
				s.prefixes.forEach((p) => prefixes.add(p));
			}
		return { literals: [...literals].sort(), prefixes: [...prefixes].sort() };
	};

	const layoutsOf = (dir: string) => {
		const out: string[] = [];
		for (let d = dir; ; d = dirname(d)) {
			for (const f of LAYOUT_FILES) if (existsSync(join(d, f))) out.push(join(d, f));
			if (d === routes) break;
		}
		return out;
	};

	const usage: RouteUsage = {};
	const walk = (dir: string) => {
		const own = ROUTE_FILES.map((f) => join(dir, f)).filter((f) => existsSync(f));
		if (own.some((f) => f.endsWith('.svelte') || f.endsWith('+page.server.ts'))) {
			const id = '/' + relative(routes, dir).split(sep).join('/');
			usage[id === '/' ? '/' : id.replace(/\/$/, '')] = usageOf([...own, ...layoutsOf(dir)]);
		}
		for (const name of readdirSync(dir))
			if (statSync(join(dir, name)).isDirectory()) walk(join(dir, name));
	};
	walk(routes);
	// a request that matched no route (404) renders the root layout and error page
	usage[''] = usageOf(layoutsOf(routes));
	return usage;
}

function resolveImport(src: string, from: string, spec: string): string | null {
	let base: string;
	if (spec.startsWith('$lib/')) base = join(src, 'lib', spec.slice(5));
	else if (spec.startsWith('./') || spec.startsWith('../')) base = resolve(dirname(from), spec);
	else return null;
	// the dictionaries themselves are not call sites
	if (base.includes(`${sep}i18n${sep}messages${sep}`)) return null;
	for (const candidate of [
		base,
		base.replace(/\.js$/, '.ts'),
		`${base}.ts`,
		`${base}.js`,
		`${base}.svelte`,
		join(base, 'index.ts'),
		join(base, 'index.js')
	]) {
		if (
			/\.(ts|js|svelte)$/.test(candidate) &&
			existsSync(candidate) &&
			statSync(candidate).isFile()
		)
			return candidate;
	}
	return null;
}
