// The round-table pack as an editable Word document (docx 9): a cover, contents with page
// numbers, a one-page executive summary, then the detail. Charts are drawn by chart.js on the
// server (pack-charts.ts) with their figures in real tables, so IOM staff can edit every number
// and text; headings use Word's built-in styles (navigation pane, TOC); every page after the cover
// carries the as-of date in its header and its number in the footer.
import { Document, Packer, PageBreak, Paragraph, Table, TableRow, TextRun } from 'docx';
import { translate } from '../../../i18n/core';
import { formatDate } from '../../../format';
import type { PackData, PackAction } from './data';
import { packChartTables, renderPackCharts } from './pack-charts';
import { hasMissing, packCell } from './results';
import { pickText } from '../../../safe-table';
import {
	caption,
	cell,
	contentsLine,
	figure,
	FONT,
	FONT_SIZE,
	heading,
	p,
	pageFooter,
	pageHeader,
	SMALL,
	swatchCell,
	table,
	TEXT_WIDTH
} from './docx-parts';

type Block = Paragraph | Table;

function summaryText(a: PackAction, tr: (k: string) => string): string {
	if (!a.reported) return tr('pack.no_summary');
	return a.summary.length
		? a.summary.map((s) => `${s.institution}: ${s.text}`).join('\n')
		: tr('pack.no_narrative');
}

const actionText = (a: PackAction, sample: string) => (a.sample ? `${a.text} (${sample})` : a.text);

/** `images`: the charts already drawn (the generation job does that as its own step). */
export async function renderPackDocx(
	d: PackData,
	images?: { aims: Buffer; results: (Buffer | null)[] }
): Promise<Buffer> {
	const tr = (k: string, params?: Record<string, string | number>) =>
		translate(d.locale, k, params);
	const asOf = formatDate(d.asOf, d.locale);
	const empty = d.aims.length === 0 && d.results.tables.length === 0 && d.decisions.length === 0;
	const children: Block[] = [...cover(d, tr, asOf)];
	if (empty) children.push(p(tr('pack.empty', { date: asOf }), { size: 24 }));
	else {
		const pics = images ?? renderPackCharts(d);
		const sections = body(d, tr, asOf, pics);
		children.push(
			p(tr('pack.contents'), { bold: true, size: 28, after: 160 }),
			...sections.filter((s) => s.id).map((s) => contentsLine(s.title, s.id!)),
			new Paragraph({ children: [new PageBreak()] }),
			...sections.flatMap((s) => s.blocks)
		);
	}

	const doc = new Document({
		creator: 'NAP Tracker',
		title: `${tr('pack.doc_title')} — ${d.scopeText}`,
		description: d.sourceText,
		// Word fills the contents' page numbers (PAGEREF fields) on open instead of showing them
		// stale until F9; LibreOffice computes them when it lays the document out
		features: { updateFields: true },
		styles: {
			default: {
				document: {
					run: {
						font: FONT,
						size: FONT_SIZE,
						language: { value: d.locale === 'az' ? 'az-Latn-AZ' : 'en-GB' }
					}
				},
				heading1: { run: { font: FONT, size: 28, bold: true, color: '0B3D6B' } },
				heading2: { run: { font: FONT, size: 22, bold: true, color: '1F2328' } },
				title: { run: { font: FONT, size: 40, bold: true, color: '0B3D6B' } }
			}
		},
		sections: [
			{
				properties: {
					titlePage: true,
					page: {
						size: { width: 11906, height: 16838 },
						margin: { top: 1000, bottom: 900, left: 1020, right: 1020, header: 500, footer: 450 }
					}
				},
				headers: {
					first: pageHeader(''),
					default: pageHeader(tr('pack.header', { plan: d.planTitle, date: asOf }))
				},
				footers: { first: pageFooter(''), default: pageFooter(tr('pack.page')) },
				children
			}
		]
	});
	return Packer.toBuffer(doc);
}

function cover(
	d: PackData,
	tr: (k: string, p?: Record<string, string | number>) => string,
	asOf: string
): Block[] {
	return [
		new Paragraph({ spacing: { before: 1800 }, children: [] }),
		new Paragraph({
			heading: 'Title',
			spacing: { after: 300 },
			children: [new TextRun(tr('pack.doc_title'))]
		}),
		p(d.planTitle, { bold: true, size: 28, after: 400 }),
		table(
			null,
			[
				[tr('pack.cover_plan'), d.planRef ? `${d.planTitle}\n${d.planRef}` : d.planTitle],
				[tr('pack.review'), d.reviewName],
				[tr('pack.as_of'), asOf],
				[tr('pack.cover_scope'), d.scopeText],
				[tr('pack.cover_audience'), tr(`pack.audience.${d.audience}`)],
				[tr('pack.cover_date'), d.preparedOn]
			],
			[0.28, 0.72]
		),
		p(''),
		p(tr('pack.cover_note'), { italics: true, size: SMALL }),
		...(d.untranslated.length
			? [
					p(
						tr('pack.untranslated', {
							n: d.untranslated.length,
							language: tr(`pack.language_name.${d.locale}`)
						}),
						{ italics: true, size: SMALL }
					)
				]
			: []),
		new Paragraph({ children: [new PageBreak()] })
	];
}

interface Section {
	id?: string;
	title: string;
	blocks: Block[];
}

function body(
	d: PackData,
	tr: (k: string, p?: Record<string, string | number>) => string,
	asOf: string,
	pics: { aims: Buffer; results: (Buffer | null)[] }
): Section[] {
	const charts = packChartTables(d);
	let fig = 0;
	let tab = 0;
	const figCaption = (title: string) =>
		caption(tr('pack.chart_caption', { n: ++fig, title, source: d.sourceText }));
	const tabCaption = (title: string) => caption(tr('pack.table_caption', { n: ++tab, title }));
	const sections: Section[] = [];
	const section = (id: string, title: string, blocks: Block[], breakBefore = false) =>
		sections.push({
			id,
			title,
			blocks: [
				...(breakBefore ? [new Paragraph({ children: [new PageBreak()] })] : []),
				heading(title, 1, id),
				...blocks
			]
		});

	// executive summary: one page
	const used = d.legend.filter((l) => d.aims.some((a) => (a.counts[l.key] ?? 0) > 0));
	const total = d.aims.reduce((s, a) => s + a.total, 0);
	const aimW = Math.round(TEXT_WIDTH * 0.1);
	const totW = Math.round(TEXT_WIDTH * 0.09);
	const stW = Math.floor((TEXT_WIDTH - aimW - totW) / Math.max(1, used.length));
	const sum = (k: string) => d.aims.reduce((s, a) => s + (a.counts[k as 'completed'] ?? 0), 0);
	const statusTable = new Table({
		columnWidths: [aimW, ...used.map(() => stW), totW],
		width: { size: aimW + stW * used.length + totW, type: 'dxa' },
		layout: 'fixed',
		rows: [
			new TableRow({
				tableHeader: true,
				children: [
					cell(tr('reviews.aim'), aimW, { bold: true, fill: 'E8EDF2' }),
					...used.map((l) => swatchCell(l.label, l.color, stW)),
					cell(tr('reviews.total'), totW, { bold: true, fill: 'E8EDF2', align: 'right' })
				]
			}),
			...[
				...d.aims.map((a) => ({
					code: a.code,
					n: (k: string) => a.counts[k as 'completed'] ?? 0,
					t: a.total
				})),
				{ code: tr('reviews.total'), n: sum, t: total }
			].map(
				(r, i, all) =>
					new TableRow({
						children: [
							cell(r.code, aimW, { bold: i === all.length - 1 }),
							...used.map((l) =>
								cell(String(r.n(l.key)), stW, { align: 'right', bold: i === all.length - 1 })
							),
							cell(String(r.t), totW, { align: 'right', bold: true })
						]
					})
			)
		]
	});
	const overdue = d.overdueInstitutions.reduce((s, o) => s + o.count, 0);
	const base = String(d.baselineYear);
	const missingWords = new Set([tr('dash.na'), tr('dash.unreported')]);
	section('sec-summary', tr('pack.executive_summary'), [
		p(tr('pack.exec_status', { date: asOf, total }), { bold: true }),
		statusTable,
		p(tr('pack.status_rule'), { italics: true, size: SMALL }),
		p(tr('pack.exec_late', { late: d.late.length, overdue })),
		heading(tr('pack.key_figures', { year: base }), 2),
		d.keyFigures.length
			? table(
					[tr('pack.indicator'), tr('pack.baseline', { year: base }), tr('pack.latest')],
					d.keyFigures.map((k) => [k.metric, k.baseline, `${k.latestPeriod}: ${k.latest}`]),
					[0.6, 0.17, 0.23],
					{ numeric: [1, 2] }
				)
			: p(tr('pack.key_figures_none')),
		...(d.keyFigures.some((k) => missingWords.has(k.baseline) || missingWords.has(k.latest))
			? [p(tr('dash.missing_note'), { italics: true, size: SMALL })]
			: []),
		...(d.suppressionNote ? [p(d.suppressionNote, { italics: true, size: SMALL })] : [])
	]);

	// implementation by aim: the chart, and what each aim code stands for
	section(
		'sec-implementation',
		tr('pack.implementation'),
		[
			figure(pics.aims, pick(charts.aims.title), 0.9),
			figCaption(pick(charts.aims.title)),
			table(
				[tr('reviews.code'), tr('reviews.aim')],
				d.aims.map((a) => [a.code, a.title]),
				[0.1, 0.9]
			),
			tabCaption(tr('reviews.aim'))
		],
		true
	);

	// results: the results view's tables (the web's charts and figures), each with its notes
	const results: Block[] = [];
	const R = d.results;
	const L = d.locale;
	if (R.withheld) results.push(p(tr('pack.results_withheld'), { italics: true, size: SMALL }));
	if (d.suppressionNote) results.push(p(d.suppressionNote, { italics: true, size: SMALL }));
	if (R.tables.length === 0) results.push(p(tr('pack.results_none')));
	for (const n of R.notes) results.push(p(tr(n.key, n.params), { italics: true, size: SMALL }));
	R.tables.forEach((t, i) => {
		const title = pickText(t.title, L);
		results.push(heading(title, 2));
		const png = pics.results[i];
		if (charts.results[i] && png) results.push(figure(png, title, 0.75), figCaption(title));
		else results.push(p(tr('pack.no_chart'), { italics: true, size: SMALL }));
		const cols = t.columns.length;
		const labelW = cols > 5 ? 0.3 : 0.4;
		results.push(
			table(
				[tr('chart.row'), ...t.columns.map((c) => pickText(c.label, L))],
				t.rows.map((r) => [pickText(r.label, L), ...t.columns.map((_, k) => packCell(t, r, k, L))]),
				[labelW, ...t.columns.map(() => (1 - labelW) / Math.max(1, cols))],
				{
					numeric: t.columns.map((_, k) => k + 1),
					boldLast: t.rows.at(-1)?.total === true,
					width: cols < 3 ? 0.6 : 1
				}
			),
			tabCaption(title)
		);
		for (const n of t.notes ?? []) results.push(p(pickText(n, L), { italics: true, size: SMALL }));
		if (hasMissing(t)) results.push(p(tr('dash.missing_note'), { italics: true, size: SMALL }));
	});
	if (R.empty.length)
		results.push(
			p(tr('pack.results_empty', { tables: R.empty.map((t) => pickText(t.title, L)).join('; ') }), {
				italics: true,
				size: SMALL
			})
		);
	section('sec-results', tr('pack.results'), results, true);

	// action by action
	const sample = tr('pack.sample');
	const head = [
		tr('reviews.code'),
		tr('reviews.action'),
		tr('reviews.lead'),
		tr('reviews.status'),
		tr('pack.summary')
	];
	const actions: Block[] = [];
	for (const aim of d.aims) {
		actions.push(heading(`${aim.code} ${aim.title}`, 2));
		actions.push(
			table(
				head,
				aim.actions.map((a) => [
					a.code,
					actionText(a, sample),
					a.leads,
					a.statusLabel,
					summaryText(a, tr)
				]),
				[0.07, 0.3, 0.16, 0.11, 0.36]
			)
		);
	}
	section('sec-actions', tr('pack.actions'), actions, true);

	// overdue and delayed
	const late: Block[] = [];
	if (d.late.length === 0) late.push(p(tr('pack.late_none')));
	else
		late.push(
			table(
				[
					tr('reviews.code'),
					tr('reviews.action'),
					tr('reviews.lead'),
					tr('reviews.status'),
					tr('pack.late_reason')
				],
				d.late.map((a) => [a.code, actionText(a, sample), a.leads, a.statusLabel, a.reason]),
				[0.07, 0.45, 0.2, 0.12, 0.16]
			),
			tabCaption(tr('pack.late'))
		);
	late.push(heading(tr('pack.overdue_institutions'), 2));
	if (d.overdueInstitutions.length === 0) late.push(p(tr('compare.no_overdue')));
	else
		late.push(
			table(
				[tr('reviews.institution'), tr('pack.reports_overdue')],
				d.overdueInstitutions.map((o) => [o.name, String(o.count)]),
				[0.8, 0.2],
				{ numeric: [1] }
			),
			tabCaption(tr('pack.overdue_institutions'))
		);
	section('sec-late', tr('pack.late'), late);

	// obstacles
	section(
		'sec-obstacles',
		tr('pack.obstacles'),
		d.obstacles.length === 0
			? [p(tr('pack.obstacles_none'))]
			: [
					table(
						[tr('reviews.code'), tr('reviews.institution'), tr('pack.obstacles')],
						d.obstacles.map((o) => [o.code, o.institution, o.text]),
						[0.07, 0.25, 0.68]
					),
					tabCaption(tr('pack.obstacles'))
				]
	);

	// decisions of earlier round tables
	if (d.decisions.length)
		section('sec-decisions', tr('pack.decisions'), [
			table(
				[
					tr('reviews.code'),
					tr('reviews.action'),
					tr('rt.assigned'),
					tr('pack.deadline'),
					tr('reviews.status')
				],
				// a withdrawn decision stays on record, labelled (its reports stay too)
				d.decisions.map((a) => [
					a.code,
					a.withdrawn ? `${a.text} (${a.withdrawn})` : a.text,
					a.leads,
					a.deadline,
					a.statusLabel
				]),
				[0.08, 0.45, 0.22, 0.12, 0.13]
			),
			tabCaption(tr('pack.decisions'))
		]);
	return sections;
}

const pick = (b: { en: string }) => b.en;
