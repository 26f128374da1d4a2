import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { parsePackForm } from '$lib/server/forms/pack-form';
import { resolvePackRequest } from '$lib/server/reviews/pack/request';
import { buildPackData } from '$lib/server/reviews/pack/data';
import { packCharts } from '$lib/server/reviews/pack/pack-charts';
import { chartSvg } from '$lib/server/reviews/pack/chart';
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
	const charts = packCharts(pack);
	return {
		// the pack may be in the other language than the page: its strings come along
		messagesFor: { [pack.locale]: pageMessages(pack.locale, event.route.id) },
		pack,
		charts: {
			aims: {
				title: charts.aims.title,
				figure: charts.aims.figure,
				svg: chartSvg(charts.aims.layout, charts.aims.title)
			},
			results: charts.results.map((c) =>
				c ? { title: c.title, figure: c.figure, svg: chartSvg(c.layout, c.title) } : null
			)
		}
	};
};
