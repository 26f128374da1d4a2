// Category keys of statistic cells: `dim=cat;dim=cat`, sorted by dimension code; '' is the total.
// The same canonical form is used in the database, the grid's form fields and the files.

export type KeyParts = Record<string, string>;

const CODE = /^[A-Za-z0-9][A-Za-z0-9_+\-]*$/;

/** Codes of dimensions and categories end up inside keys and file cells: no `=`, `;`, `|`. */
export function isValidCode(code: string): boolean {
	return CODE.test(code) && code.length <= 40;
}

export function formatKey(parts: KeyParts): string {
	return Object.keys(parts)
		.sort()
		.map((d) => `${d}=${parts[d]}`)
		.join(';');
}

/** Parses any ordering of `dim=cat;…`; null when malformed or a dimension repeats. */
export function parseKey(key: string): KeyParts | null {
	const trimmed = key.trim();
	if (trimmed === '') return {};
	const parts: KeyParts = {};
	for (const piece of trimmed.split(';')) {
		const m = /^\s*([^=;\s]+)\s*=\s*([^=;\s]+)\s*$/.exec(piece);
		if (!m || !isValidCode(m[1]) || !isValidCode(m[2]) || m[1] in parts) return null;
		parts[m[1]] = m[2];
	}
	return parts;
}

export function canonicalKey(key: string): string | null {
	const parts = parseKey(key);
	return parts === null ? null : formatKey(parts);
}

/** The key with one more dimension fixed. */
export function withPart(key: string, dim: string, cat: string): string {
	return formatKey({ ...(parseKey(key) ?? {}), [dim]: cat });
}

/** True when every part of `ancestor` is in `key` and `key` has more. */
export function isProperAncestor(ancestor: string, key: string): boolean {
	const a = parseKey(ancestor) ?? {};
	const k = parseKey(key) ?? {};
	const aDims = Object.keys(a);
	return aDims.length < Object.keys(k).length && aDims.every((d) => k[d] === a[d]);
}
