// Charts drawn on the server by chart.js itself, from the same configuration builders as the web
// ($lib/charts.ts), onto a Skia canvas (@napi-rs/canvas): the pack's figures and every chart's
// "Download PNG". A picture is whole on its own, so it can go into a slide as it is: title,
// summary, legend, the bars, multi-year totals as numbers, then the notes (source, as-of date,
// what "<5" and "[c]" mean). A table with nothing to draw is pictured as its table and the reason.
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import {
	buildChartConfig,
	cellText,
	chartHeight,
	hasChartData,
	legendItems,
	rangeTotals,
	type Translate
} from '../../charts';
import { toChartJs } from '../../components/chart-runtime';
import { missingKind, pickText, type DashTable } from '../../safe-table';
import { ensureChartFont } from './fonts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export interface RenderOptions {
	locale: 'az' | 'en';
	tr: Translate;
	/** lines under the chart: source, as-of date, the disclosure note */
	notes: string[];
	/** CSS pixels; the picture is `scale` times larger (2.5 × 800 = 2000 px ≈ 17 cm at 300 dpi) */
	width?: number;
	scale?: number;
	/** leave out the title (the pack prints it as the figure's caption) */
	title?: boolean;
}

const INK = '#1f2328';
const MUTED = '#57606a';
const PAD = 16;

type Line = { text: string; font: string; color: string; gap: number };

function wrap(ctx: SKRSContext2D, text: string, font: string, max: number): string[] {
	ctx.font = font;
	const out: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const next = line ? `${line} ${word}` : word;
		if (line && ctx.measureText(next).width > max) {
			out.push(line);
			line = word;
		} else line = next;
	}
	if (line) out.push(line);
	return out;
}

/** The bars alone, drawn by chart.js at `scale` device pixels per CSS pixel. */
function drawBars(t: DashTable, o: RenderOptions, w: number, h: number, scale: number) {
	// chart.js takes the canvas's size as its CSS size and multiplies it by devicePixelRatio
	const canvas = createCanvas(Math.round(w), Math.round(h));
	const cfg = toChartJs(buildChartConfig(t, o.locale, o.tr), o.locale, () => {});
	const chart = new Chart(canvas.getContext('2d') as unknown as CanvasRenderingContext2D, {
		...cfg,
		options: { ...cfg.options, responsive: false, devicePixelRatio: scale }
	});
	// destroy() clears the canvas: the caller copies the bars first
	return { canvas, done: () => chart.destroy() };
}

/** The picture of one table as PNG bytes. */
export function renderChartPng(t: DashTable, o: RenderOptions): Buffer {
	const font = ensureChartFont();
	Chart.defaults.font.family = font;
	Chart.defaults.font.size = 12;
	Chart.defaults.color = MUTED;
	const W = o.width ?? 800;
	const S = o.scale ?? 2.5;
	const f = (px: number, bold = false) => `${bold ? 'bold ' : ''}${px}px "${font}"`;
	const scratch = createCanvas(10, 10).getContext('2d');
	const inner = W - 2 * PAD;
	const na = o.tr('dash.na');
	const drawable = hasChartData(t);

	const head: Line[] = [];
	const text = (s: string, fnt: string, color: string, gap = 4) =>
		wrap(scratch, s, fnt, inner).map((l, i) => ({
			text: l,
			font: fnt,
			color,
			gap: i === 0 ? gap : 2
		}));
	if (o.title !== false) head.push(...text(pickText(t.title, o.locale), f(17, true), INK, 0));
	if (t.summary) head.push(...text(pickText(t.summary, o.locale), f(13), MUTED));
	const foot: Line[] = [];
	if (drawable)
		for (const l of rangeTotals(t, o.locale, na)) foot.push(...text(l, f(13, true), INK, 6));
	if (!drawable) foot.push(...text(o.tr('chart.nothing_to_draw'), f(13), INK, 8));
	// what a "*" means (a sum lacking years), before the file-wide notes
	for (const n of t.notes ?? []) foot.push(...text(pickText(n, o.locale), f(11), MUTED, 4));
	for (const n of o.notes.filter(Boolean)) foot.push(...text(n, f(11), MUTED, 4));

	// the legend: swatches in rows
	const legend = drawable ? legendItems(buildChartConfig(t, o.locale, o.tr)) : [];
	scratch.font = f(12);
	const legendRows: { label: string; colour: string; x: number }[][] = [];
	let x = 0;
	for (const item of legend) {
		const w = 18 + scratch.measureText(item.label).width + 16;
		if (!legendRows.length || x + w > inner) {
			legendRows.push([]);
			x = 0;
		}
		legendRows.at(-1)!.push({ ...item, x });
		x += w;
	}

	// without bars: the table itself, row by row
	const tableRows = drawable
		? []
		: [
				['', ...t.columns.map((c) => pickText(c.label, o.locale))],
				...t.rows.map((r) => [
					pickText(r.label, o.locale),
					...r.cells.map((c, i) =>
						cellText(
							c,
							o.locale,
							{
								unavailable: na,
								unreported: o.tr('dash.unreported'),
								not_stated: o.tr('dash.in_not_stated')
							}[missingKind(r, i)]
						)
					)
				])
			];
	const lineH = (l: Line) => parseInt(l.font.replace('bold ', ''), 10) * 1.3 + l.gap;
	const plotH = drawable ? chartHeight(t) : tableRows.length * 22;
	const H = Math.ceil(
		PAD +
			head.reduce((s, l) => s + lineH(l), 0) +
			(legendRows.length ? 8 + legendRows.length * 20 : 0) +
			8 +
			plotH +
			foot.reduce((s, l) => s + lineH(l), 0) +
			PAD
	);

	const canvas = createCanvas(Math.round(W * S), Math.round(H * S));
	const ctx = canvas.getContext('2d');
	ctx.scale(S, S);
	ctx.fillStyle = '#fff';
	ctx.fillRect(0, 0, W, H);
	ctx.textBaseline = 'top';
	let y = PAD;
	const put = (l: Line) => {
		y += l.gap;
		ctx.font = l.font;
		ctx.fillStyle = l.color;
		ctx.fillText(l.text, PAD, y);
		y += lineH(l) - l.gap;
	};
	head.forEach(put);
	if (legendRows.length) {
		y += 8;
		ctx.font = f(12);
		for (const row of legendRows) {
			for (const item of row) {
				ctx.fillStyle = item.colour;
				ctx.fillRect(PAD + item.x, y + 2, 12, 12);
				ctx.fillStyle = INK;
				ctx.fillText(item.label, PAD + item.x + 18, y + 1);
			}
			y += 20;
		}
	}
	y += 8;
	if (drawable) {
		const bars = drawBars(t, o, inner, plotH, S);
		ctx.drawImage(bars.canvas, PAD, y, inner, plotH);
		bars.done();
	} else {
		const colW = Math.min(110, (inner * 0.55) / Math.max(1, t.columns.length));
		const labelW = inner - colW * t.columns.length;
		tableRows.forEach((cells, i) => {
			ctx.font = f(12, i === 0);
			ctx.fillStyle = INK;
			cells.forEach((c, j) => {
				const text = j === 0 ? (wrap(ctx, c, ctx.font, labelW - 8)[0] ?? '') : c;
				const cx = j === 0 ? PAD : PAD + labelW + colW * j - 6;
				ctx.textAlign = j === 0 ? 'left' : 'right';
				ctx.fillText(text, cx, y + 4);
			});
			ctx.textAlign = 'left';
			ctx.fillStyle = '#d0d7de';
			ctx.fillRect(PAD, y + 21, inner, 1);
			y += 22;
		});
		y -= plotH;
	}
	y += plotH;
	foot.forEach(put);
	return canvas.toBuffer('image/png');
}

/** The picture's size in pixels (for placing it in a document). */
export function pngSize(png: Buffer): { width: number; height: number } {
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
