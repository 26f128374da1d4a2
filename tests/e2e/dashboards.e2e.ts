// Dashboards, donor view and exports in a real browser against the built server and the demo
// seed (its statistics and progress reports).
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { gotoReady, hydrated, login, setLanguage } from './helpers';

/** Every chart on the page has drawn: a sized canvas with coloured pixels, and its data table. */
async function expectChartsDrawn(page: Page) {
	const boxes = page.locator('.chart-box');
	await expect(boxes.first()).toBeVisible();
	const n = await boxes.count();
	expect(n).toBeGreaterThan(2);
	for (let i = 0; i < n; i++) {
		const box = boxes.nth(i);
		await expect(box).toHaveAttribute('data-ready', 'true');
		const drawn = await box.locator('canvas').evaluate((c: HTMLCanvasElement) => {
			const ctx = c.getContext('2d')!;
			const { data } = ctx.getImageData(0, 0, c.width, c.height);
			let coloured = 0;
			for (let p = 0; p < data.length; p += 16)
				if (data[p] < 200 || data[p + 1] < 200 || data[p + 2] < 200) coloured++;
			return { w: c.width, h: c.height, coloured };
		});
		expect(drawn.w).toBeGreaterThan(100);
		expect(drawn.h).toBeGreaterThan(100);
		expect(drawn.coloured).toBeGreaterThan(50);
	}
	// the data tables are in the page for screen readers even while hidden from sight
	expect(await page.locator('figure.chart table').count()).toBe(
		await page.locator('figure.chart').count()
	);
}

/** A figure's data-table row, as the texts of its cells. */
async function rowTexts(page: Page, chart: string, rowName: RegExp) {
	const row = page
		.locator(`figure[data-chart="${chart}"] tbody tr`)
		.filter({ has: page.getByRole('rowheader', { name: rowName }) });
	return (await row.locator('td').allTextContents()).map((s) => s.trim());
}

test('the donor sees 2020–2021 results with small counts hidden, charts drawn, in both languages', async ({
	page
}) => {
	await login(page, 'donor@nap.test');
	await page.goto('/donor?from=2020&to=2021');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Results and progress for partners'
	);
	await expect(page.getByText('Only approved figures are shown.').first()).toBeVisible();
	await expect(page.getByText(/Data as of \d+ \w+ \d{4}/).first()).toBeVisible();
	await expectChartsDrawn(page);
	// columns 2020, 2021, 2020–2021: the announced totals where nothing small is beside them
	expect(await rowTexts(page, 'victims_sex', /^Total$/)).toEqual(['94', '95', '189']);
	expect((await rowTexts(page, 'victims_sex', /^Female$/))[2]).toBe('184');
	expect((await rowTexts(page, 'victims_exploitation', /^Sexual exploitation$/))[2]).toBe('179');
	expect((await rowTexts(page, 'crimes', /144-1/))[2]).toBe('311');
	expect((await rowTexts(page, 'crimes', /144-3/))[2]).toBe('83');
	// forced labour was announced only for 2020–2021 together: shown for the span, whole
	expect((await rowTexts(page, 'crimes', /144-2/))[2]).toBe('8');
	expect((await rowTexts(page, 'crimes', /^Total$/))[2]).toBe('402');
	expect((await rowTexts(page, 'convicted', /^Total$/))[2]).toBe('28');
	// two children and one foreigner: "<5", and no figure from which they follow
	expect((await rowTexts(page, 'victims_age', /^Child/))[2]).toBe('<5');
	expect((await rowTexts(page, 'victims_citizenship', /^Foreigner/))[2]).toBe('<5');
	expect((await rowTexts(page, 'victims_citizenship', /^Citizen/))[2]).toBe('[c]');
	// the data table opens on demand
	const toggle = page
		.locator('figure[data-chart="victims_age"]')
		.getByRole('button', { name: 'Show the data table' });
	await toggle.click();
	await expect(page.locator('figure[data-chart="victims_age"] table')).toBeVisible();

	await setLanguage(page, 'az');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Tərəfdaşlar üçün nəticələr və icra'
	);
	await expect(page.getByText('Yalnız təsdiqlənmiş rəqəmlər göstərilir.').first()).toBeVisible();
	await expectChartsDrawn(page);
	expect((await rowTexts(page, 'victims_age', /^Uşaq/))[2]).toBe('<5');
	await setLanguage(page, 'en');
});

test('a range with a missing year shows the known sum, marked with the year it lacks; missing figures say why', async ({
	page
}) => {
	await login(page, 'donor@nap.test');
	// the seed's 2022 has a victims total but no breakdown by sex
	await page.goto('/donor?from=2020&to=2022');
	await hydrated(page);
	const sex = page.locator('figure[data-chart="victims_sex"]');
	expect(await rowTexts(page, 'victims_sex', /^Female$/)).toEqual([
		'[c]',
		'[c]',
		'not yet',
		'184*'
	]);
	expect((await rowTexts(page, 'victims_sex', /^Total$/))[3]).toBe('283');
	// the note stays in sight while the chart hides its table
	await expect(
		sex.getByText('* 2020–2022, Female; Male: sum of the years known, without 2022.')
	).toBeVisible();
	await expect(page.getByText('“not yet”: not reported yet.', { exact: false })).toBeVisible();
	const cell = sex.locator('tbody tr').first().locator('td').nth(3);
	await expect(cell).toHaveAttribute('title', 'Sum of the years known, without 2022');
});

test('what the donor downloads (CSV, XLSX, JSON) holds exactly what the page shows, nothing hidden', async ({
	page
}) => {
	await login(page, 'donor@nap.test');
	const q = '?from=2020&to=2021';
	const json = await (await page.request.get(`/donor/data.json${q}`)).json();
	expect(json.protected).toBe(true);
	expect(json.approvedOnly).toBe(true);
	const expected = new Map<string, string[]>(); // "table title|row label" → cell texts
	for (const t of json.tables)
		for (const r of t.rows) {
			// a hidden cell carries its label (and, for a partial sum, the years it lacks): no value
			for (const c of r.cells)
				if (c && 'suppressed' in c)
					expect(
						Object.keys(c)
							.filter((k) => k !== 'lacks')
							.sort()
					).toEqual(['label', 'suppressed']);
			expected.set(
				`${t.title.en}|${r.label.en}`,
				r.cells.map((c: { shown?: number; label?: string; lacks?: number[] } | null, i: number) =>
					c === null
						? ({ not_available: 'n/a', in_not_stated: 'in “not stated”' }[r.missing[i] as string] ??
							'not yet')
						: (c.shown !== undefined ? String(c.shown) : c.label!) + (c.lacks ? '*' : '')
				)
			);
		}
	const age = json.tables.find((t: { id: string }) => t.id === 'victims_age');
	expect(age.rows.find((r: { key: string }) => r.key === 'age=child').cells[2]).toEqual({
		suppressed: true,
		label: '<5'
	});

	const csv = await (await page.request.get(`/donor/export.csv${q}`)).text();
	let title = '';
	let seen = 0;
	for (const line of csv.replace(/^\uFEFF/, '').split('\r\n')) {
		const cells = line
			.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
			.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'))
			.filter((_, i, a) => i < a.length - 1 || a[i] !== '');
		if (
			cells.length === 1 &&
			json.tables.some((t: { title: { en: string } }) => t.title.en === cells[0])
		)
			title = cells[0];
		else if (title && expected.has(`${title}|${cells[0]}`)) {
			expect(cells.slice(1), `${title} / ${cells[0]}`).toEqual(
				expected.get(`${title}|${cells[0]}`)
			);
			seen++;
		}
	}
	expect(seen).toBe(expected.size);

	const wb = new ExcelJS.Workbook();
	// exceljs types its input as its own Buffer type
	await wb.xlsx.load((await (await page.request.get(`/donor/export.xlsx${q}`)).body()) as never);
	seen = 0;
	wb.eachSheet((ws) => {
		const sheetTitle = String(ws.getRow(1).getCell(1).value);
		ws.eachRow((row, n) => {
			if (n < 3) return;
			const v = (row.values as (string | number)[]).slice(1).map(String);
			const want = expected.get(`${sheetTitle}|${v[0]}`);
			if (!want) return;
			expect(v.slice(1), `${sheetTitle} / ${v[0]}`).toEqual(want);
			seen++;
		});
	});
	expect(seen).toBe(expected.size);
});

test('a donor chart downloads as a picture for a slide: drawn on the server, protected like the page', async ({
	page
}) => {
	await login(page, 'donor@nap.test');
	await page.goto('/donor?from=2020&to=2021');
	const link = page
		.locator('figure[data-chart="victims_age"]')
		.getByRole('link', { name: 'Download PNG' });
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(download.suggestedFilename()).toBe('results-donor-victims_age.png');
	const png = await (await page.request.get((await link.getAttribute('href'))!)).body();
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	// print resolution: 2000 px wide
	expect(png.readUInt32BE(16)).toBe(2000);
	// the staff dashboard's picture is not a donor's to fetch
	expect((await page.request.get('/dashboard/chart.png?table=status')).status()).toBe(403);
});

test('access: donors get no exact figures or staff dashboards; focal points no donor view', async ({
	page,
	browser
}) => {
	await login(page, 'donor@nap.test');
	for (const path of [
		'/results',
		'/dashboard',
		'/dashboard/aims/1',
		'/results/export.csv',
		'/results/data.json',
		'/dashboard/export.xlsx'
	])
		expect((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(403);
	expect((await page.request.get('/donor/export.csv')).status()).toBe(200);

	const fp = await (await browser.newContext()).newPage();
	await login(fp, 'pgo@nap.test');
	expect((await fp.request.get('/donor', { maxRedirects: 0 })).status()).toBe(403);
	expect((await fp.request.get('/donor/data.json', { maxRedirects: 0 })).status()).toBe(403);
	// focal points see results, but protected like donors
	const r = await (await fp.request.get('/results/data.json?from=2020&to=2021')).json();
	expect(r.protected).toBe(true);

	const anon = await (await browser.newContext()).newPage();
	await anon.goto('/donor');
	await expect(anon).toHaveURL(/\/login\?next=%2Fdonor/);
	expect((await anon.request.get('/public')).status()).toBe(404);
	expect((await anon.request.get('/public/data.json')).status()).toBe(404);
});

test('an admin turns the public page on; it shows the donor figures signed out, then goes off again', async ({
	page,
	browser
}) => {
	await login(page, 'admin@nap.test');
	await gotoReady(page, '/admin/disclosure');
	await page.getByLabel('Publish the results page without sign-in').check();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Settings saved.');
	const anon = await (await browser.newContext()).newPage();
	await anon.goto('/public?from=2020&to=2021');
	await expect(anon.getByRole('heading', { level: 1 })).toHaveText(
		/Results of the National Action Plan|Milli Fəaliyyət Planının nəticələri/
	);
	const json = await (await anon.request.get('/public/data.json?from=2020&to=2021')).json();
	expect(json.protected).toBe(true);
	// a threshold that is not a number is refused, with the typed value kept
	await hydrated(page);
	await page.getByLabel('Small-count threshold').fill('many');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Enter a whole number from 1 to 20.')).toBeVisible();
	await expect(page.getByLabel('Small-count threshold')).toHaveValue('many');
	await hydrated(page);
	await page.getByLabel('Small-count threshold').fill('4');
	await page.getByLabel('Publish the results page without sign-in').uncheck();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Settings saved.');
	expect((await anon.request.get('/public')).status()).toBe(404);
});

test('the reviewer sees exact results and drills from an aim to an overdue action', async ({
	page
}) => {
	await login(page, 'reviewer@nap.test');
	await page.goto('/results?from=2020&to=2021');
	await expectChartsDrawn(page);
	expect((await rowTexts(page, 'victims_age', /^Child/))[2]).toBe('2');
	expect((await rowTexts(page, 'victims_citizenship', /^Foreigner/))[2]).toBe('1');

	await page.goto('/dashboard');
	await expectChartsDrawn(page);
	// the aims with delayed or overdue actions: the timing table's fourth column is not 0
	const timing = page.locator('figure[data-chart="timing"] tbody tr');
	const candidates: string[] = [];
	for (let i = 0; i < (await timing.count()); i++) {
		const cells = await timing.nth(i).locator('td').allTextContents();
		const link = timing.nth(i).locator('th a');
		if ((await link.count()) && Number(cells[3]) > 0)
			candidates.push((await link.getAttribute('href'))!);
	}
	expect(candidates.length).toBeGreaterThan(0);
	let overdue = page.locator('tr.overdue').first();
	for (const href of candidates) {
		await page.goto('/dashboard');
		await page
			.locator('figure[data-chart="status"]')
			.getByRole('button', { name: 'Show the data table' })
			.click();
		await page.locator(`figure[data-chart="status"] a[href="${href}"]`).click();
		await expect(page).toHaveURL(/\/dashboard\/aims\/\d+/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('actions');
		overdue = page.locator('tr.overdue').first();
		if (await overdue.count()) break;
	}
	await expect(overdue.getByText('overdue')).toBeVisible();
	const code = (await overdue.locator('th a').textContent())!.trim();
	await overdue.locator('th a').click();
	await expect(page).toHaveURL(/\/plan\/actions\/\d+/);
	await expect(page.getByText(code).first()).toBeVisible();
});
