// A bounded ZIP reader for uploads (XLSX, DOCX). It walks the central directory with an entry cap
// and inflates only the entries asked for, counting the bytes zlib actually produces and aborting
// past the cap: the sizes an archive declares are never trusted (a bomb declares 1 KB and
// inflates to 1 GB), and nothing else in the archive is touched.
import { inflateRawSync } from 'node:zlib';
import { LimitError, type ArchiveLimits } from './limits';

export interface ZipEntry {
	name: string;
	method: number;
	compressedSize: number;
	localOffset: number;
}

export function isZip(bytes: Uint8Array): boolean {
	return (
		bytes.length >= 4 &&
		bytes[0] === 0x50 &&
		bytes[1] === 0x4b &&
		bytes[2] === 0x03 &&
		bytes[3] === 0x04
	);
}

export class ZipReader {
	readonly entries = new Map<string, ZipEntry>();
	/** inflated bytes still allowed, across every entry read */
	private left: number;

	constructor(
		private readonly bytes: Uint8Array,
		limits: ArchiveLimits
	) {
		this.left = limits.maxInflated;
		const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		// the end-of-central-directory record is in the last 22 + 65,535 bytes
		let eocd = -1;
		for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
			if (view.getUint32(i, true) === 0x06054b50) {
				eocd = i;
				break;
			}
		}
		if (eocd < 0) throw new LimitError('corrupt');
		const count = view.getUint16(eocd + 10, true);
		const cdSize = view.getUint32(eocd + 12, true);
		const cdOffset = view.getUint32(eocd + 16, true);
		if (count > limits.maxEntries) throw new LimitError('entries');
		if (count === 0 || cdOffset + cdSize > eocd) throw new LimitError('corrupt');
		let p = cdOffset;
		for (let n = 0; n < count; n++) {
			if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) throw new LimitError('corrupt');
			const nameLength = view.getUint16(p + 28, true);
			const entry: ZipEntry = {
				method: view.getUint16(p + 10, true),
				compressedSize: view.getUint32(p + 20, true),
				localOffset: view.getUint32(p + 42, true),
				name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength))
			};
			// ZIP64 markers: uploads this small never need them
			if (entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff)
				throw new LimitError('corrupt');
			if (!this.entries.has(entry.name)) this.entries.set(entry.name, entry);
			p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
		}
	}

	has(name: string): boolean {
		return this.entries.has(name);
	}

	/** The entry's content, inflated with at most `cap` bytes (and what is left of the total). */
	read(name: string, cap = Infinity): Uint8Array {
		const e = this.entries.get(name);
		if (!e) throw new LimitError('corrupt');
		const { bytes } = this;
		const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		const o = e.localOffset;
		if (o + 30 > bytes.length || view.getUint32(o, true) !== 0x04034b50)
			throw new LimitError('corrupt');
		const start = o + 30 + view.getUint16(o + 26, true) + view.getUint16(o + 28, true);
		if (start + e.compressedSize > bytes.length) throw new LimitError('corrupt');
		const data = bytes.subarray(start, start + e.compressedSize);
		const max = Math.min(cap, this.left);
		let out: Uint8Array;
		if (e.method === 0) {
			if (data.length > max) throw new LimitError('unpacked');
			out = data;
		} else if (e.method === 8) {
			try {
				// zlib stops and throws ERR_BUFFER_TOO_LARGE as soon as its output passes the limit
				out = inflateRawSync(data, { maxOutputLength: Math.max(1, max) });
			} catch (err) {
				if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
					throw new LimitError('unpacked');
				throw new LimitError('corrupt');
			}
		} else throw new LimitError('corrupt');
		if (out.length > max) throw new LimitError('unpacked');
		this.left -= out.length;
		return out;
	}

	readText(name: string, cap = Infinity): string {
		try {
			return new TextDecoder('utf-8', { fatal: true }).decode(this.read(name, cap));
		} catch (err) {
			if (err instanceof LimitError) throw err;
			throw new LimitError('corrupt');
		}
	}
}
