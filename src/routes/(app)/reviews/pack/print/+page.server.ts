import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { parsePackForm } from '$lib/server/forms/pack-form';
import { resolvePackRequest } from '$lib/server/reviews/pack/request';
import { buildPackData } from '$lib/server/reviews/pack/data';
import { packChartTables, renderPackCharts } from '$lib/server/reviews/pack/pack-charts';
import { hasMissing, packCell } from '$lib/server/reviews/pack/results';
import { pickText } from '$lib/safe-table';
import { pageMessages } from '$lib/server/page-messages';
import type { PageServerLoad } from './$types';

// The print-ready pack: the same content as the DOCX, laid out for paper (see the print styles).
export const load: PageServerLoad = (event) => {
	requireRole(event, 'reviewer', 'admin');
	const parsed = parsePackForm(event.url.searchParams);
	if (!parsed.ok) error(400, { message: 'bad_request' });
	const resolved = resolvePackRequest(db, parsed.data, new Date());
	if (!resolved.ok) error(404, { message: 'not_found' });
	const pack = buildPackData(db, resolved.options);
	if (!pack) error(404, { message: 'not_found' });
	const tables = packChartTables(pack);
	const png = renderPackCharts(pack);
	const src = (b: Buffer) => `data:image/png;base64,${b.toString('base64')}`;
	const L = pack.locale;
	const pick = (b: { az: string; en: string }) => pickText(b, L);
	let figure = 1;
	return {
		// the pack may be in the other language than the page: its strings come along
		messagesFor: { [pack.locale]: pageMessages(pack.locale, event.route.id) },
		pack,
		charts: {
			aims: { title: pick(tables.aims.title), figure: figure++, src: src(png.aims) },
			results: tables.results.map((t, i) =>
				t ? { title: pick(t.title), figure: figure++, src: src(png.results[i]!) } : null
			)
		},
		// the results view's tables as the pack prints them (cell texts and notes in its language)
		results: pack.results.tables.map((t) => ({
			id: t.id,
			title: pick(t.title),
			columns: t.columns.map((c) => pick(c.label)),
			rows: t.rows.map((r) => ({
				key: r.key,
				label: pick(r.label),
				total: r.total === true,
				cells: t.columns.map((_, i) => packCell(t, r, i, L))
			})),
			notes: (t.notes ?? []).map(pick),
			missing: hasMissing(t)
		})),
		resultsEmpty: pack.results.empty.map((t) => pick(t.title))
	};
};
