// The charts' font: the document's (the pack is set in Arial, which LibreOffice shows as its
// metric twin Liberation Sans), from Debian's fonts-liberation2, else DejaVu Sans. Both have
// every Azerbaijani letter (ə ğ ı ş ç ö ü İ). Registered once per process.
import { existsSync } from 'node:fs';
import { GlobalFonts } from '@napi-rs/canvas';

export const CHART_FONT = 'NAP Chart Sans';

const CANDIDATES: [regular: string, bold: string][] = [
	[
		'/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
		'/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf'
	],
	[
		'/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
		'/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'
	],
	[
		'/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
		'/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
	]
];

let registered = false;

/** Registers the chart font; throws (rather than drawing boxes for letters) when none is installed. */
export function ensureChartFont(): string {
	if (registered) return CHART_FONT;
	const dir = process.env.CHART_FONT_DIR;
	const found = dir
		? [`${dir}/LiberationSans-Regular.ttf`, `${dir}/LiberationSans-Bold.ttf`]
		: CANDIDATES.find(([r]) => existsSync(r));
	if (!found || !existsSync(found[0]))
		throw new Error(
			'No chart font: install Debian fonts-liberation2 (or fonts-dejavu-core), or set CHART_FONT_DIR'
		);
	GlobalFonts.registerFromPath(found[0], CHART_FONT);
	if (existsSync(found[1])) GlobalFonts.registerFromPath(found[1], CHART_FONT);
	registered = true;
	return CHART_FONT;
}
