// Checks an XLSX (a ZIP archive) before any parser inflates it: the central directory must be
// intact (a truncated download is not), and the declared uncompressed sizes must stay small, so
// that a "zip bomb" is refused without being unpacked.
export const ZIP_LIMITS = { maxEntries: 200, maxUncompressed: 25 * 1024 * 1024 };

export type ZipCheck =
	{ ok: true } | { ok: false; error: 'stat.import.corrupt' | 'stat.import.too_big_unpacked' };

export function isZip(bytes: Uint8Array): boolean {
	return (
		bytes.length >= 4 &&
		bytes[0] === 0x50 &&
		bytes[1] === 0x4b &&
		bytes[2] === 0x03 &&
		bytes[3] === 0x04
	);
}

export function checkZip(bytes: Uint8Array): ZipCheck {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// the end-of-central-directory record is in the last 22 + 65535 bytes
	let eocd = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
		if (view.getUint32(i, true) === 0x06054b50) {
			eocd = i;
			break;
		}
	}
	if (eocd < 0) return { ok: false, error: 'stat.import.corrupt' };
	const entries = view.getUint16(eocd + 10, true);
	const cdSize = view.getUint32(eocd + 12, true);
	const cdOffset = view.getUint32(eocd + 16, true);
	if (entries === 0 || entries > ZIP_LIMITS.maxEntries || cdOffset + cdSize > eocd)
		return { ok: false, error: 'stat.import.corrupt' };
	let p = cdOffset;
	let total = 0;
	for (let n = 0; n < entries; n++) {
		if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50)
			return { ok: false, error: 'stat.import.corrupt' };
		const uncompressed = view.getUint32(p + 24, true);
		const localOffset = view.getUint32(p + 42, true);
		if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== 0x04034b50)
			return { ok: false, error: 'stat.import.corrupt' };
		total += uncompressed;
		if (total > ZIP_LIMITS.maxUncompressed)
			return { ok: false, error: 'stat.import.too_big_unpacked' };
		p +=
			46 +
			view.getUint16(p + 28, true) +
			view.getUint16(p + 30, true) +
			view.getUint16(p + 32, true);
	}
	return { ok: true };
}
