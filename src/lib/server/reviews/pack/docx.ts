// The round-table pack as an editable Word document (docx 9). Charts are PNG images drawn by our
// own rasteriser (./png.ts) with their data in a real Word table beside them, so IOM staff can
// edit every number and text; headings use Word's built-in heading styles (navigation pane, TOC).
import {
	AlignmentType,
	Document,
	HeadingLevel,
	ImageRun,
	Packer,
	PageBreak,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import { translate } from '../../../i18n/core';
import type { PackData, PackAction } from './data';
import { packCharts, type PackChart } from './pack-charts';
import { renderPng } from './png';

const FONT_SIZE = 20; // half-points: 10 pt
const SMALL = 18;

function p(text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) {
	return new Paragraph({
		children: [new TextRun({ text, bold: o.bold, italics: o.italics, size: o.size ?? FONT_SIZE })]
	});
}

function cell(
	text: string,
	o: { bold?: boolean; fill?: string; width?: number; align?: 'right' } = {}
) {
	return new TableCell({
		children: text.split('\n').map(
			(line) =>
				new Paragraph({
					alignment: o.align === 'right' ? AlignmentType.RIGHT : undefined,
					children: [new TextRun({ text: line, bold: o.bold, size: SMALL })]
				})
		),
		shading: o.fill
			? { type: ShadingType.CLEAR, color: 'auto', fill: o.fill.replace('#', '') }
			: undefined,
		width: o.width ? { size: o.width, type: WidthType.PERCENTAGE } : undefined
	});
}

/** A table with a header row; `widths` in per cent; columns listed in `numeric` align right. */
function table(head: string[], rows: string[][], widths?: number[], numeric: number[] = []) {
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({
				tableHeader: true,
				children: head.map((h, i) => cell(h, { bold: true, fill: '#e8edf2', width: widths?.[i] }))
			}),
			...rows.map(
				(r) =>
					new TableRow({
						children: r.map((c, i) =>
							cell(c, { width: widths?.[i], align: numeric.includes(i) ? 'right' : undefined })
						)
					})
			)
		]
	});
}

function keyValueTable(rows: string[][]) {
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: rows.map(
			([k, v]) =>
				new TableRow({
					children: [cell(k, { bold: true, fill: '#e8edf2', width: 30 }), cell(v, { width: 70 })]
				})
		)
	});
}

function caption(text: string) {
	return new Paragraph({
		children: [new TextRun({ text, italics: true, size: SMALL })],
		spacing: { after: 120 }
	});
}

function image(chart: PackChart, prerendered?: Buffer) {
	const png = prerendered ?? renderPng(chart.layout);
	// 640 px layout → 16 cm wide in the document
	const width = 600;
	return new Paragraph({
		children: [
			new ImageRun({
				type: 'png',
				data: png,
				transformation: {
					width,
					height: Math.round((chart.layout.height / chart.layout.width) * width)
				},
				altText: { name: chart.title, title: chart.title, description: chart.title }
			})
		]
	});
}

function summaryText(a: PackAction, tr: (k: string) => string): string {
	if (!a.reported) return tr('pack.no_summary');
	return a.summary.length
		? a.summary.map((s) => `${s.institution}: ${s.text}`).join('\n')
		: tr('pack.no_narrative');
}

const actionText = (a: PackAction, sample: string) => (a.sample ? `${a.text} (${sample})` : a.text);

/** `images`: the charts already rasterised (the generation job does that as its own step). */
export async function renderPackDocx(
	d: PackData,
	images?: { aims: Buffer; results: (Buffer | null)[] }
): Promise<Buffer> {
	const tr = (k: string, params?: Record<string, string | number>) =>
		translate(d.locale, k, params);
	const charts = packCharts(d);
	let tab = 0;
	const figCaption = (c: PackChart) =>
		caption(tr('pack.chart_caption', { n: c.figure, title: c.title, source: d.sourceText }));
	const tabCaption = (title: string) => caption(tr('pack.table_caption', { n: ++tab, title }));
	const children: (Paragraph | Table)[] = [];

	// cover
	children.push(
		new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(tr('pack.doc_title'))] }),
		p(d.planTitle, { bold: true, size: 26 }),
		keyValueTable([
			[tr('pack.cover_plan'), d.planRef ? `${d.planTitle}\n${d.planRef}` : d.planTitle],
			[tr('pack.cover_source'), d.sourceText],
			[tr('pack.cover_scope'), d.scopeText],
			[tr('pack.cover_date'), d.preparedOn],
			[tr('pack.cover_audience'), tr(`pack.audience.${d.audience}`)]
		]),
		p(tr('pack.cover_note'), { italics: true, size: SMALL }),
		new Paragraph({ children: [new PageBreak()] })
	);

	// implementation by aim: chart + its data table (which is also the legend)
	children.push(
		new Paragraph({ heading: HeadingLevel.HEADING_1, text: tr('pack.implementation') })
	);
	children.push(image(charts.aims, images?.aims), figCaption(charts.aims));
	children.push(
		new Table({
			width: { size: 100, type: WidthType.PERCENTAGE },
			rows: [
				new TableRow({
					tableHeader: true,
					children: [
						cell(tr('reviews.status'), { bold: true, fill: '#e8edf2' }),
						...d.aims.map((a) => cell(a.code, { bold: true, fill: '#e8edf2', align: 'right' }))
					]
				}),
				...d.legend.map(
					(l) =>
						new TableRow({
							children: [
								legendCell(l.label, l.color),
								...d.aims.map((a) => cell(String(a.counts[l.key] ?? 0), { align: 'right' }))
							]
						})
				),
				new TableRow({
					children: [
						cell(tr('reviews.total'), { bold: true }),
						...d.aims.map((a) => cell(String(a.total), { bold: true, align: 'right' }))
					]
				})
			]
		}),
		tabCaption(tr('reviews.status_by_aim')),
		table(
			[tr('reviews.code'), tr('reviews.aim')],
			d.aims.map((a) => [a.code, a.title]),
			[15, 85]
		)
	);

	// results
	children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: tr('pack.results') }));
	if (d.suppressionNote) children.push(p(d.suppressionNote, { italics: true, size: SMALL }));
	if (d.results.length === 0) children.push(p(tr('pack.results_none')));
	d.results.forEach((r, i) => {
		children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: r.metric }));
		const chart = charts.results[i];
		if (chart) {
			children.push(image(chart, images?.results[i] ?? undefined), figCaption(chart));
			children.push(
				table(
					[tr('pack.year'), r.metric],
					r.byYear.map((y) => [y.period, y.text]),
					[30, 70],
					[1]
				),
				tabCaption(tr('pack.by_year', { metric: r.metric }))
			);
		}
		if (r.breakdown) {
			const rows = r.breakdown.groups.flat().map((c) => [c.category, c.text]);
			children.push(
				table([tr('compare.category'), r.breakdown.period], rows, [70, 30], [1]),
				tabCaption(tr('pack.by_category', { metric: r.metric, period: r.breakdown.period }))
			);
		}
	});

	// action by action
	children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: tr('pack.actions') }));
	const sample = tr('pack.sample');
	const head = [
		tr('reviews.code'),
		tr('reviews.action'),
		tr('reviews.lead'),
		tr('reviews.status'),
		tr('pack.summary')
	];
	for (const aim of d.aims) {
		children.push(
			new Paragraph({ heading: HeadingLevel.HEADING_2, text: `${aim.code} ${aim.title}` })
		);
		const rows = aim.actions.map((a) => [
			a.code,
			actionText(a, sample),
			a.leads,
			a.statusLabel,
			summaryText(a, tr)
		]);
		children.push(table(head, rows, [8, 30, 17, 12, 33]), tabCaption(`${aim.code} ${aim.title}`));
	}

	// overdue and delayed
	children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: tr('pack.late') }));
	if (d.late.length === 0) children.push(p(tr('pack.late_none')));
	else
		children.push(
			table(
				[
					tr('reviews.code'),
					tr('reviews.action'),
					tr('reviews.lead'),
					tr('reviews.status'),
					tr('pack.late_reason')
				],
				d.late.map((a) => [a.code, actionText(a, sample), a.leads, a.statusLabel, a.reason]),
				[8, 40, 20, 14, 18]
			),
			tabCaption(tr('pack.late'))
		);
	children.push(
		new Paragraph({ heading: HeadingLevel.HEADING_2, text: tr('pack.overdue_institutions') })
	);
	if (d.overdueInstitutions.length === 0) children.push(p(tr('compare.no_overdue')));
	else
		children.push(
			table(
				[tr('reviews.institution'), tr('pack.reports_overdue')],
				d.overdueInstitutions.map((o) => [o.name, String(o.count)]),
				[75, 25],
				[1]
			),
			tabCaption(tr('pack.overdue_institutions'))
		);

	// obstacles
	children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: tr('pack.obstacles') }));
	if (d.obstacles.length === 0) children.push(p(tr('pack.obstacles_none')));
	else
		children.push(
			table(
				[tr('reviews.code'), tr('reviews.institution'), tr('pack.obstacles')],
				d.obstacles.map((o) => [o.code, o.institution, o.text]),
				[10, 30, 60]
			),
			tabCaption(tr('pack.obstacles'))
		);

	// decisions of earlier round tables
	if (d.decisions.length) {
		children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: tr('pack.decisions') }));
		children.push(
			table(
				[
					tr('reviews.code'),
					tr('reviews.action'),
					tr('rt.assigned'),
					tr('pack.deadline'),
					tr('reviews.status')
				],
				d.decisions.map((a) => [a.code, a.text, a.leads, a.deadline, a.statusLabel]),
				[10, 42, 22, 12, 14]
			),
			tabCaption(tr('pack.decisions'))
		);
	}

	const doc = new Document({
		creator: 'NAP Tracker',
		title: `${tr('pack.doc_title')} — ${d.scopeText}`,
		description: d.sourceText,
		styles: {
			default: {
				document: {
					run: {
						font: 'Calibri',
						size: FONT_SIZE,
						language: { value: d.locale === 'az' ? 'az-Latn-AZ' : 'en-GB' }
					}
				}
			}
		},
		sections: [{ children }]
	});
	return Packer.toBuffer(doc);
}

/** A legend entry: a square in the bar's colour, then the status. */
function legendCell(label: string, color: string) {
	return new TableCell({
		children: [
			new Paragraph({
				children: [
					new TextRun({ text: '■ ', color: color.replace('#', ''), size: SMALL + 4 }),
					new TextRun({ text: label, size: SMALL })
				]
			})
		]
	});
}
