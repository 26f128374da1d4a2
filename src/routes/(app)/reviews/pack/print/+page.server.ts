import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { parsePackForm } from '$lib/server/forms/pack-form';
import { resolvePackRequest } from '$lib/server/reviews/pack/request';
import { buildPackData } from '$lib/server/reviews/pack/data';
import { packChartTables, renderPackCharts } from '$lib/server/reviews/pack/pack-charts';
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
		}
	};
};

const pick = (b: { en: string }) => b.en;
