import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { chartSvg, layoutBarChart } from '../../../src/lib/server/reviews/pack/chart';
import { canDraw, crc32, renderPng } from '../../../src/lib/server/reviews/pack/png';

/** Decodes our own PNGs (RGB, filters None and Up) back into pixels. */
function decode(png: Buffer) {
	expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	let off = 8;
	let width = 0;
	let height = 0;
	const idat: Buffer[] = [];
	while (off < png.length) {
		const len = png.readUInt32BE(off);
		const type = png.subarray(off + 4, off + 8).toString('ascii');
		const data = png.subarray(off + 8, off + 8 + len);
		expect(png.readUInt32BE(off + 8 + len)).toBe(crc32(png.subarray(off + 4, off + 8 + len)));
		if (type === 'IHDR') {
			width = data.readUInt32BE(0);
			height = data.readUInt32BE(4);
		}
		if (type === 'IDAT') idat.push(data);
		off += 12 + len;
	}
	const raw = inflateSync(Buffer.concat(idat));
	const stride = width * 3;
	const rgb = Buffer.alloc(stride * height);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		expect([0, 2]).toContain(filter);
		for (let i = 0; i < stride; i++) {
			const v = raw[y * (stride + 1) + 1 + i];
			rgb[y * stride + i] = filter === 2 && y > 0 ? (v + rgb[(y - 1) * stride + i]) & 0xff : v;
		}
	}
	const pixel = (x: number, y: number) => {
		const i = y * stride + x * 3;
		return (
			'#' + [rgb[i], rgb[i + 1], rgb[i + 2]].map((c) => c.toString(16).padStart(2, '0')).join('')
		);
	};
	return { width, height, pixel };
}

describe('pack charts', () => {
	const layout = layoutBarChart({
		rows: [
			{
				label: '4.1',
				segments: [
					{ key: 'a', value: 3, color: '#1a7f37' },
					{ key: 'b', value: 1, color: '#b42318' }
				]
			},
			{ label: '4.2', segments: [{ key: 'a', value: 4, color: '#1a7f37' }] }
		]
	});

	it('scales stacked bars to the longest row', () => {
		const bars = layout.rects.filter((r) => r.color !== '#8c959f');
		expect(bars).toHaveLength(3);
		expect(bars[0].w + bars[1].w).toBe(bars[2].w);
		expect(bars[0].w).toBe(3 * bars[1].w);
	});

	it('rasterises to a valid PNG with the bars in their colours', () => {
		const png = decode(renderPng(layout));
		expect(png.width).toBe(layout.width * 2);
		expect(png.height).toBe(layout.height * 2);
		const [green, red] = layout.rects.filter((r) => r.color !== '#8c959f');
		expect(png.pixel(Math.round((green.x + 2) * 2), Math.round((green.y + 2) * 2))).toBe('#1a7f37');
		expect(png.pixel(Math.round((red.x + red.w - 2) * 2), Math.round((red.y + 2) * 2))).toBe(
			'#b42318'
		);
		expect(png.pixel(1, 1)).toBe('#ffffff');
	});

	it('draws codes and numbers with its bitmap font, and escapes SVG text', () => {
		expect(canDraw('2021-H1')).toBe(true);
		expect(canDraw('<5')).toBe(true);
		expect(canDraw('Qadın')).toBe(false);
		const svg = chartSvg(layoutBarChart({ rows: [{ label: 'a<b', segments: [] }] }), 'Title & "x"');
		expect(svg).toContain('a&lt;b');
		expect(svg).toContain('aria-label="Title &amp; &quot;x&quot;"');
	});
});
