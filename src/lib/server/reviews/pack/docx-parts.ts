// Building blocks of the pack's DOCX (docx 9): paragraphs, tables with fixed column widths,
// figures, the header and the page-numbered footer. A4 portrait; sizes in twentieths of a point.
import {
	AlignmentType,
	Bookmark,
	Footer,
	Header,
	HeadingLevel,
	ImageRun,
	PageNumber,
	PageReference,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableLayoutType,
	TableRow,
	TabStopType,
	TextRun,
	WidthType,
	LeaderType
} from 'docx';
import { pngSize } from '../../charts/render';

export const FONT = 'Arial';
export const FONT_SIZE = 19; // half-points: 9.5 pt
export const SMALL = 16;
/** A4 width minus 2 × 1.8 cm margins, in twips */
export const TEXT_WIDTH = 11906 - 2 * 1020;
const HEAD_FILL = 'E8EDF2';

export function p(
	text: string,
	o: { bold?: boolean; italics?: boolean; size?: number; after?: number; color?: string } = {}
) {
	return new Paragraph({
		spacing: { after: o.after ?? 80 },
		children: [
			new TextRun({
				text,
				bold: o.bold,
				italics: o.italics,
				size: o.size ?? FONT_SIZE,
				color: o.color
			})
		]
	});
}

/** A heading with a bookmark, so that the contents can print its page number. */
export function heading(text: string, level: 1 | 2, id?: string) {
	return new Paragraph({
		heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
		keepNext: true,
		children: id ? [new Bookmark({ id, children: [new TextRun(text)] })] : [new TextRun(text)]
	});
}

/** A contents line: the heading, a dotted leader and its page (a PAGEREF field). */
export function contentsLine(text: string, id: string) {
	return new Paragraph({
		tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
		spacing: { after: 60 },
		children: [
			new TextRun({ text, size: 22 }),
			new TextRun({ text: '\t', size: 22 }),
			new PageReference(id)
		]
	});
}

type CellOpts = { bold?: boolean; fill?: string; align?: 'right'; color?: string; size?: number };

export function cell(text: string, width: number, o: CellOpts = {}) {
	return new TableCell({
		width: { size: width, type: WidthType.DXA },
		margins: { top: 30, bottom: 30, left: 70, right: 70 },
		shading: o.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: o.fill } : undefined,
		children: text.split('\n').map(
			(line) =>
				new Paragraph({
					alignment: o.align === 'right' ? AlignmentType.RIGHT : undefined,
					children: [
						new TextRun({ text: line, bold: o.bold, size: o.size ?? SMALL, color: o.color })
					]
				})
		)
	});
}

/** A table of `fractions` of the text width (they add up to 1); `numeric` columns align right. */
export function table(
	head: string[] | null,
	rows: string[][],
	fractions: number[],
	o: { numeric?: number[]; boldLast?: boolean; width?: number } = {}
) {
	const total = Math.round((o.width ?? 1) * TEXT_WIDTH);
	const widths = fractions.map((f) => Math.round(f * total));
	const align = (i: number) => (o.numeric?.includes(i) ? ('right' as const) : undefined);
	return new Table({
		width: { size: total, type: WidthType.DXA },
		columnWidths: widths,
		layout: TableLayoutType.FIXED,
		rows: [
			...(head
				? [
						new TableRow({
							tableHeader: true,
							cantSplit: true,
							children: head.map((h, i) =>
								cell(h, widths[i], { bold: true, fill: HEAD_FILL, align: align(i) })
							)
						})
					]
				: []),
			...rows.map(
				(r, k) =>
					new TableRow({
						cantSplit: true,
						children: r.map((c, i) =>
							cell(c, widths[i], {
								align: align(i),
								bold: o.boldLast && k === rows.length - 1
							})
						)
					})
			)
		]
	});
}

/** A coloured square and a label, for a header cell that is also the legend. */
export function swatchCell(label: string, color: string, width: number) {
	return new TableCell({
		width: { size: width, type: WidthType.DXA },
		margins: { top: 30, bottom: 30, left: 50, right: 50 },
		shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEAD_FILL },
		children: [
			new Paragraph({
				alignment: AlignmentType.RIGHT,
				children: [
					new TextRun({ text: '■ ', color: color.replace('#', ''), size: SMALL + 2 }),
					new TextRun({ text: label, bold: true, size: SMALL - 1 })
				]
			})
		]
	});
}

export function caption(text: string) {
	return new Paragraph({
		children: [new TextRun({ text, italics: true, size: SMALL })],
		spacing: { after: 160 }
	});
}

/** A chart picture across `fraction` of the text width. */
export function figure(png: Buffer, title: string, fraction = 1) {
	const { width, height } = pngSize(png);
	// twips → px at 96 dpi: 1 px = 15 twips
	const w = Math.round((TEXT_WIDTH * fraction) / 15);
	return new Paragraph({
		keepNext: true,
		children: [
			new ImageRun({
				type: 'png',
				data: png,
				transformation: { width: w, height: Math.round((height / width) * w) },
				altText: { name: title, title, description: title }
			})
		]
	});
}

export function pageHeader(text: string) {
	return new Header({
		children: [
			new Paragraph({
				alignment: AlignmentType.RIGHT,
				children: [new TextRun({ text, size: SMALL - 1, color: '57606A' })]
			})
		]
	});
}

/** "Page {page} of {pages}" with the numbers as fields, in the pack's language. */
export function pageFooter(pattern: string) {
	const parts = pattern.split(/(\{page\}|\{pages\})/).filter(Boolean);
	return new Footer({
		children: [
			new Paragraph({
				alignment: AlignmentType.CENTER,
				children: parts.map(
					(part) =>
						new TextRun({
							size: SMALL,
							children: [
								part === '{page}'
									? PageNumber.CURRENT
									: part === '{pages}'
										? PageNumber.TOTAL_PAGES
										: part
							]
						})
				)
			})
		]
	});
}
