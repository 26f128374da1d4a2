import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/lib/i18n/core';
import { keysFor } from '../../src/lib/server/page-messages';
import { analyseRoutes } from '../../scripts/i18n-usage';

// A page carries only the messages its route can ask for (scripts/i18n-usage.ts). These tests
// catch, before a user does, a call site whose key does not exist and a route that would get
// too few (or all) messages.

const usage = analyseRoutes();
const en = messages.en;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) return p.includes('i18n/messages') ? [] : sourceFiles(p);
		return /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
	});
}

// t('key'), tr('key'), translate(locale, 'key') and their template forms t(`area.${x}`)
const CALL = /\b(?:t|tr|translate\([^,()]+,)\s*\(?\s*(['"`])([^'"`]*?)(\$\{|\1)/g;

describe('message keys at call sites', () => {
	const literal: string[] = [];
	const missing: string[] = [];
	for (const file of sourceFiles('src')) {
		const text = readFileSync(file, 'utf8');
		for (const m of text.matchAll(CALL)) {
			const [, , key, end] = m;
			if (!/^[a-z][\w.-]*$/.test(key)) continue;
			if (end === '${') {
				if (!Object.keys(en).some((k) => k.startsWith(key))) missing.push(`${file}: ${key}…`);
			} else {
				literal.push(key);
				if (!(key in en)) missing.push(`${file}: ${key}`);
			}
		}
	}

	it('finds the call sites', () => {
		expect(literal.length).toBeGreaterThan(500);
	});

	it('every key asked for exists (a template literal: some key starts with it)', () => {
		expect(missing).toEqual([]);
	});
});

describe('messages per route', () => {
	const keys = (routeId: string) => keysFor(usage[routeId], en);

	it('has every page route, and the no-route case', () => {
		const pages = sourceFiles('src/routes').filter((f) => /\+page\.(svelte|server\.ts)$/.test(f));
		const dirs = new Set(pages.map((f) => f.slice(0, f.lastIndexOf('/'))));
		expect(Object.keys(usage).length).toBe(dirs.size + 1);
		for (const id of ['/login', '/(app)/my-actions', '/(app)/donor', ''])
			expect(usage[id], id).toBeDefined();
	});

	it('gives a page its own, its layouts’ and its imports’ strings', () => {
		const login = keys('/login');
		for (const k of ['auth.email', 'auth.password', 'nav.skip', 'error.not_found', 'lang.switch'])
			expect(login).toContain(k);
		// a prefix from a template literal: t(`progress.role.${a.role}`) in my-actions
		const mine = keys('/(app)/my-actions');
		for (const k of Object.keys(en).filter((k) => k.startsWith('progress.role.')))
			expect(mine).toContain(k);
		// the menu's keys live in $lib/nav.ts, imported by the root layout
		expect(mine).toContain('nav.my_actions');
	});

	it('leaves out what the page cannot show', () => {
		const login = keys('/login');
		expect(login.some((k) => k.startsWith('admin_plans.'))).toBe(false);
		expect(login.some((k) => k.startsWith('progress.'))).toBe(false);
		// no page gets the whole dictionary
		const total = Object.keys(en).length;
		for (const [id, u] of Object.entries(usage))
			expect(keysFor(u, en).length, id).toBeLessThan(total / 3);
	});

	it('keeps /login’s strings small (bytes do not depend on the machine)', () => {
		const login = Object.fromEntries(keys('/login').map((k) => [k, messages.az[k]]));
		expect(Buffer.byteLength(JSON.stringify(login))).toBeLessThan(3 * 1024);
	});
});
