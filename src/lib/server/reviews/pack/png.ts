// A tiny rasteriser: draws a chart layout (rectangles and short labels) into RGB pixels and
// encodes them as PNG with node:zlib. Labels use a built-in 5×7 bitmap font that covers codes
// and numbers (0–9 . - % < > / : H Q); a label with other characters is left out of the PNG
// (the SVG and the data table carry it). Drawn at 2× for print.
import { deflateSync } from 'node:zlib';
import type { ChartLayout } from './chart';

const SCALE = 2;

// each glyph: 7 rows of 5 pixels, '#' = ink
const FONT: Record<string, string[]> = {
	'0': ['.###.', '#...#', '#..##', '#.#.#', '##..#', '#...#', '.###.'],
	'1': ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.'],
	'2': ['.###.', '#...#', '....#', '...#.', '..#..', '.#...', '#####'],
	'3': ['#####', '...#.', '..#..', '...#.', '....#', '#...#', '.###.'],
	'4': ['...#.', '..##.', '.#.#.', '#..#.', '#####', '...#.', '...#.'],
	'5': ['#####', '#....', '####.', '....#', '....#', '#...#', '.###.'],
	'6': ['..##.', '.#...', '#....', '####.', '#...#', '#...#', '.###.'],
	'7': ['#####', '....#', '...#.', '..#..', '.#...', '.#...', '.#...'],
	'8': ['.###.', '#...#', '#...#', '.###.', '#...#', '#...#', '.###.'],
	'9': ['.###.', '#...#', '#...#', '.####', '....#', '...#.', '.##..'],
	'.': ['.....', '.....', '.....', '.....', '.....', '.##..', '.##..'],
	'-': ['.....', '.....', '.....', '#####', '.....', '.....', '.....'],
	'%': ['##...', '##..#', '...#.', '..#..', '.#...', '#..##', '...##'],
	'<': ['...#.', '..#..', '.#...', '#....', '.#...', '..#..', '...#.'],
	'>': ['.#...', '..#..', '...#.', '....#', '...#.', '..#..', '.#...'],
	'/': ['.....', '....#', '...#.', '..#..', '.#...', '#....', '.....'],
	':': ['.....', '.##..', '.##..', '.....', '.##..', '.##..', '.....'],
	H: ['#...#', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
	Q: ['.###.', '#...#', '#...#', '#...#', '#.#.#', '#..#.', '.##.#'],
	' ': ['.....', '.....', '.....', '.....', '.....', '.....', '.....']
};
const GLYPH_W = 5;
const GLYPH_H = 7;
const CELL = 6; // glyph width + 1 px spacing

export function canDraw(text: string): boolean {
	return [...text].every((c) => FONT[c] !== undefined);
}

function hexToRgb(hex: string): [number, number, number] {
	const n = parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function renderPng(layout: ChartLayout): Buffer {
	const w = layout.width * SCALE;
	const h = layout.height * SCALE;
	const px = Buffer.alloc(w * h * 3, 255); // RGB, white
	const fill = (x0: number, y0: number, rw: number, rh: number, rgb: [number, number, number]) => {
		const xa = Math.max(0, Math.round(x0));
		const ya = Math.max(0, Math.round(y0));
		const xb = Math.min(w, Math.round(x0 + rw));
		const yb = Math.min(h, Math.round(y0 + rh));
		if (xb <= xa || yb <= ya) return;
		// draw the first row pixel by pixel, then copy it to the rows below
		const first = (ya * w + xa) * 3;
		for (let i = first; i < first + (xb - xa) * 3; i += 3) {
			px[i] = rgb[0];
			px[i + 1] = rgb[1];
			px[i + 2] = rgb[2];
		}
		for (let y = ya + 1; y < yb; y++) px.copy(px, (y * w + xa) * 3, first, first + (xb - xa) * 3);
	};
	for (const r of layout.rects)
		fill(r.x * SCALE, r.y * SCALE, r.w * SCALE, r.h * SCALE, hexToRgb(r.color));
	const dot = 3; // one font pixel, in output pixels: ~10 px tall text at 1×
	for (const l of layout.labels) {
		if (!canDraw(l.text)) continue;
		const textW = (l.text.length * CELL - 1) * dot;
		let x = l.x * SCALE - (l.anchor === 'middle' ? textW / 2 : l.anchor === 'end' ? textW : 0);
		const y = l.y * SCALE - (GLYPH_H * dot) / 2;
		const rgb = hexToRgb(l.color);
		for (const c of l.text) {
			const g = FONT[c];
			for (let gy = 0; gy < GLYPH_H; gy++)
				for (let gx = 0; gx < GLYPH_W; gx++)
					if (g[gy][gx] === '#') fill(x + gx * dot, y + gy * dot, dot, dot, rgb);
			x += CELL * dot;
		}
	}
	return encodePng(w, h, px);
}

// ---------------------------------------------------------------- PNG encoding

const CRC_TABLE = (() => {
	const t = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		t[n] = c >>> 0;
	}
	return t;
})();

export function crc32(buf: Buffer): number {
	let c = 0xffffffff;
	for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
}

export function encodePng(width: number, height: number, rgb: Buffer): Buffer {
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(width, 0);
	ihdr.writeUInt32BE(height, 4);
	ihdr[8] = 8; // bit depth
	ihdr[9] = 2; // truecolour RGB
	const stride = width * 3;
	const raw = Buffer.alloc((stride + 1) * height);
	for (let y = 0; y < height; y++) {
		raw[y * (stride + 1)] = 0; // filter: none (an "Up" filter in JS cost more than it saved)
		rgb.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
	}
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw, { level: 6 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}
