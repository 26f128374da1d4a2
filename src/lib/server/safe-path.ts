/**
 * `target` if it is a path on this site, else `fallback`: never an open redirect. Browsers read
 * `/\\evil.example` as `//evil.example`, so a backslash after the first slash is refused too.
 */
export function safePath(target: unknown, fallback = '/'): string {
	if (typeof target !== 'string') return fallback;
	if (!/^\/(?![/\\])/.test(target) || /[\u0000-\u001f\\]/.test(target)) return fallback;
	return target;
}
