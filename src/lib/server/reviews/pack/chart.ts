// Horizontal (stacked) bar charts for the round-table pack, laid out once and drawn twice: as
// SVG (the print page, and the DOCX's primary image) and as PNG (the DOCX's fallback), without a
// browser or a canvas library. Labels are short codes ("4.1", "2021"); the full names and the
// legend live in the data table next to each chart, which is also what screen readers get.

export interface BarSegment {
	key: string;
	value: number;
	color: string;
	/** text shown instead of the value (e.g. "<5" for a suppressed count) */
	text?: string;
}

export interface BarRow {
	label: string;
	segments: BarSegment[];
	/** text at the end of the bar; defaults to the sum */
	total?: string;
}

export interface BarChart {
	rows: BarRow[];
}

export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
	color: string;
}

export interface Label {
	x: number;
	y: number;
	text: string;
	anchor: 'start' | 'middle' | 'end';
	color: string;
}

export interface ChartLayout {
	width: number;
	height: number;
	rects: Rect[];
	labels: Label[];
}

const WIDTH = 640;
const PAD = 8;
const LABEL_W = 72;
const TOTAL_W = 48;
const ROW_H = 30;
const BAR_H = 20;
const INK = '#1a1a1a';
const AXIS = '#8c959f';

/** Readable text colour on a segment of colour `hex`. */
function inkOn(hex: string): string {
	const n = parseInt(hex.slice(1), 16);
	const lum = 0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255);
	return lum < 140 ? '#ffffff' : INK;
}

export function layoutBarChart(chart: BarChart): ChartLayout {
	const rows = chart.rows.length ? chart.rows : [{ label: '', segments: [] }];
	const height = PAD * 2 + rows.length * ROW_H;
	const plotX = PAD + LABEL_W;
	const plotW = WIDTH - plotX - TOTAL_W - PAD;
	const max = Math.max(1, ...rows.map((r) => r.segments.reduce((s, g) => s + g.value, 0)));
	const rects: Rect[] = [{ x: plotX - 1, y: PAD, w: 1, h: rows.length * ROW_H, color: AXIS }];
	const labels: Label[] = [];
	rows.forEach((row, i) => {
		const y = PAD + i * ROW_H + (ROW_H - BAR_H) / 2;
		const mid = y + BAR_H / 2;
		labels.push({ x: plotX - 6, y: mid, text: row.label, anchor: 'end', color: INK });
		let x = plotX;
		let sum = 0;
		for (const seg of row.segments) {
			if (seg.value <= 0) continue;
			const w = Math.max(1, Math.round((seg.value / max) * plotW));
			rects.push({ x, y, w, h: BAR_H, color: seg.color });
			const text = seg.text ?? String(seg.value);
			if (w >= text.length * 9 + 6)
				labels.push({ x: x + w / 2, y: mid, text, anchor: 'middle', color: inkOn(seg.color) });
			x += w;
			sum += seg.value;
		}
		labels.push({ x: x + 6, y: mid, text: row.total ?? String(sum), anchor: 'start', color: INK });
	});
	return { width: WIDTH, height, rects, labels };
}

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function chartSvg(layout: ChartLayout, title: string): string {
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-label="${esc(title)}">`,
		`<title>${esc(title)}</title>`,
		`<rect width="100%" height="100%" fill="#ffffff"/>`
	];
	for (const r of layout.rects)
		parts.push(`<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" fill="${r.color}"/>`);
	for (const l of layout.labels) {
		parts.push(
			`<text x="${l.x}" y="${l.y}" fill="${l.color}" text-anchor="${l.anchor}" dominant-baseline="central" font-family="Arial, Helvetica, sans-serif" font-size="12">${esc(l.text)}</text>`
		);
	}
	parts.push('</svg>');
	return parts.join('');
}
