import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { login, setLanguage } from './helpers';

// Focal points report from phones. Every page reachable from each role's menu, plus one page of
// each kind linked from there (a report, a snapshot, a round table, an admin record…), must fit
// a 360 px screen in both languages: nothing may make the page scroll sideways.
test.use({ viewport: { width: 360, height: 740 } });

const ROLES = [
	{ email: 'mia@nap.test', role: 'focal_point', extra: [] as string[] },
	{
		email: 'reviewer@nap.test',
		role: 'reviewer',
		extra: ['/reviews/pack/print?snapshot=now&scope=plan&locale=az&audience=internal']
	},
	{ email: 'donor@nap.test', role: 'donor', extra: [] },
	{
		email: 'admin@nap.test',
		role: 'admin',
		extra: ['/reviews/pack/print?snapshot=now&scope=plan&locale=en&audience=internal']
	}
];

// downloads and endpoints are not pages; the logout link would end the walk
const NOT_A_PAGE = /\.(csv|xlsx|json|docx|pdf|zip|png)\b|\/evidence\/|\/export|\/download|\/logout/;

/** A link's kind: its path with ids replaced, so one detail page of each kind is visited. */
const kindOf = (href: string) => href.replace(/[?#].*/, '').replace(/\d+/g, ':id');

/** Every message key: a page showing one raw means its route did not get that message. */
async function messageKeys(): Promise<Set<string>> {
	const dir = new URL('../../src/lib/i18n/messages/', import.meta.url);
	const keys = new Set<string>();
	for (const name of readdirSync(dir)) {
		const mod = (await import(new URL(name, dir).href)) as { default: { en: object } };
		Object.keys(mod.default.en).forEach((k) => keys.add(k));
	}
	return keys;
}

/** Visible text and labels that are message keys (shown untranslated). */
async function rawKeys(page: Page, keys: Set<string>): Promise<string[]> {
	const text = await page.evaluate(() => {
		const parts = [document.title, document.body.innerText];
		for (const el of document.querySelectorAll('[aria-label],[title],[placeholder],[alt]'))
			for (const a of ['aria-label', 'title', 'placeholder', 'alt'])
				parts.push(el.getAttribute(a) ?? '');
		return parts.join(' ');
	});
	return [...new Set(text.split(/[\s,;:()«»"]+/))].filter((w) => keys.has(w.replace(/[.…]+$/, '')));
}

async function overflow(page: Page) {
	return page.evaluate(() => {
		const width = window.innerWidth;
		const culprits: string[] = [];
		for (const el of document.querySelectorAll('body *')) {
			const r = el.getBoundingClientRect();
			if (r.width > 0 && r.right > width + 1 && culprits.length < 3)
				culprits.push(`${el.tagName.toLowerCase()}.${el.className} → ${Math.round(r.right)}px`);
		}
		return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
	});
}

for (const { email, role, extra } of ROLES) {
	test(`every ${role} page fits a 360 px screen in az and en, with no raw message key`, async ({
		page
	}) => {
		test.setTimeout(240_000);
		const keys = await messageKeys();
		await login(page, email);
		// the language is the user's setting: leave it as it was for the other test files
		const own = (await page.locator('html').getAttribute('lang')) as 'az' | 'en';
		for (const locale of ['az', 'en'] as const) {
			await setLanguage(page, locale);
			const menu = await page
				.locator('header nav a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
			expect(menu.length).toBeGreaterThan(0);
			const queue = [...menu, '/account', '/notifications', ...extra];
			const kinds = new Set(queue.map(kindOf));
			const visited: string[] = [];
			while (queue.length) {
				const href = queue.shift()!;
				const response = await page.goto(href);
				expect(response?.status(), href).toBeLessThan(400);
				const m = await overflow(page);
				expect(m.scrollWidth, `${locale} ${href}: ${m.culprits.join(', ')}`).toBeLessThanOrEqual(
					m.width
				);
				expect(await rawKeys(page, keys), `${locale} ${href}`).toEqual([]);
				visited.push(href);
				const links = await page
					.locator('main a[href^="/"]')
					.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
				for (const link of links) {
					if (NOT_A_PAGE.test(link) || kinds.has(kindOf(link))) continue;
					kinds.add(kindOf(link));
					queue.push(link);
				}
			}
			// the walk reached detail pages, not only the menu
			expect(visited.length, visited.join(' ')).toBeGreaterThan(menu.length + 2);
		}
		await setLanguage(page, own);
	});
}
