// A focal point's errand on a phone, as one walk: sign in, see what is due, open a report, fill it
// in, submit. Shared by the browser test (tests/e2e/phone-walk.e2e.ts: every page fits a 390 px
// screen and the submit lands) and `npm run bench` (the same walk under mobile network and CPU
// throttling, timed). Each step waits on what the user waits on — the page's own control visible
// and the page hydrated — never on a fixed time. Imports no test runner, so the bench can use it.
import type { Locator, Page } from '@playwright/test';

export const PHONE = { width: 390, height: 844 };

export interface Fit {
	/** window.innerWidth */
	width: number;
	/** document.documentElement.scrollWidth: more than `width` means the page scrolls sideways */
	scrollWidth: number;
	/** up to three elements sticking out on the right, for the failure message */
	culprits: string[];
	/** the step's control (button, link) lies within the screen's width */
	controlInside: boolean;
}

export interface WalkStep {
	name: string;
	/** from the user's tap (or typing the address) until the next page is usable, in ms */
	ms: number;
	path: string;
	fit: Fit;
	/** bytes over the wire during the step, when the caller counts them (`bytes` option) */
	bytes: number;
}

export interface Walk {
	steps: WalkStep[];
	reportId: number;
	actionCode: string;
	/** the query that shows the walked period on /my-actions, `?period=2023-H1` */
	period: string;
}

const START = /^(Start report|Hesabata başla)/;
const SUBMIT = /^(Submit for review|Baxışa təqdim et)$/;
export const SUBMITTED =
	/^(Submitted\. The reviewers have been notified\.|Təqdim edildi\. Rəyçilərə bildiriş göndərildi\.)$/;

/** Until SvelteKit has hydrated the page: typing before that would be undone. */
async function usable(page: Page) {
	await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
}

async function fit(page: Page, control: Locator): Promise<Fit> {
	const box = await control.boundingBox();
	const measured = await page.evaluate(() => {
		const width = window.innerWidth;
		const culprits: string[] = [];
		for (const el of document.querySelectorAll('body *')) {
			const r = el.getBoundingClientRect();
			if (r.width > 0 && r.right > width + 1 && culprits.length < 3)
				culprits.push(`${el.tagName.toLowerCase()}.${el.className} → ${Math.round(r.right)}px`);
		}
		return { width, scrollWidth: document.documentElement.scrollWidth, culprits };
	});
	const controlInside = !!box && box.x >= 0 && box.x + box.width <= measured.width + 1;
	return { ...measured, controlInside };
}

/**
 * Walks as `email` from the sign-in page to a submitted report on the first action of the period
 * shown first on /my-actions (the one due) that has no report yet. The page should be fresh: no
 * session, and for a cold-cache timing a new browser context.
 */
export async function focalPointWalk(
	page: Page,
	{
		email = 'mia@nap.test',
		password = 'demo-password',
		bytes = () => 0
	}: { email?: string; password?: string; bytes?: () => number } = {}
): Promise<Walk> {
	const steps: WalkStep[] = [];
	const step = async (name: string, act: () => Promise<unknown>, control: () => Locator) => {
		const [t0, b0] = [performance.now(), bytes()];
		await act();
		await control().waitFor();
		await usable(page);
		const [ms, sent] = [performance.now() - t0, bytes() - b0];
		const path = new URL(page.url()).pathname;
		steps.push({ name, ms, path, fit: await fit(page, control()), bytes: sent });
	};
	const signIn = () => page.getByRole('button', { name: /^(Sign in|Daxil ol)$/ });
	const startButtons = () =>
		page.locator('tr[data-action]').filter({ has: page.getByRole('button', { name: START }) });
	const submit = () => page.getByRole('button', { name: SUBMIT });

	await step('open the sign-in page', () => page.goto('/login'), signIn);
	await page.getByLabel(/^(Email|E-poçt)$/).fill(email);
	await page.getByLabel(/^(Password|Şifrə)$/).fill(password);

	// the home page of a focal point is what is due: /my-actions, the period to report on first
	await step(
		'sign in: see what is due',
		() => signIn().click(),
		() => startButtons().first().getByRole('button', { name: START })
	);
	const row = startButtons().first();
	const actionCode = (await row.getAttribute('data-action')) ?? '';
	const period = (await page.locator('a.period[aria-current="page"]').getAttribute('href')) ?? '';

	await step(
		'open a report (start it)',
		() => row.getByRole('button', { name: START }).click(),
		submit
	);
	const reportId = Number(/\/reports\/(\d+)$/.exec(page.url())?.[1]);

	await page.getByLabel(/^(Implementation status|İcra vəziyyəti)$/).selectOption('in_progress');
	await page.getByLabel(/^(Percent complete|İcra faizi)$/).fill('40');
	await page
		.getByLabel(/^(What was done — in Azerbaijani|Görülən işlər — azərbaycanca)$/)
		.fill('Bakıda və Sumqayıtda 2 maarifləndirmə görüşü keçirilib, 46 iştirakçı.');
	await page
		.getByLabel(/^(What was done — in English|Görülən işlər — ingiliscə)$/)
		.fill('2 awareness meetings held in Baku and Sumgait, 46 participants.');

	await step(
		'submit',
		() => submit().click(),
		() => page.getByRole('status').filter({ hasText: SUBMITTED })
	);

	await step(
		'back to what is due',
		() => page.goto(`/my-actions${period}`),
		() => page.locator(`tr[data-action="${actionCode}"]`).first()
	);
	return { steps, reportId, actionCode, period };
}
