import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: { runes: true },
	kit: {
		// precompress: the donor page's JavaScript is served gzip/brotli from disk (issue 5 budget)
		adapter: adapter({ precompress: true }),
		csrf: { trustedOrigins: [] },
		// Content-Security-Policy (issue 12): scripts only from this origin plus kit's own inline
		// start-up script, allowed by its SHA-256 hash. Hashes rather than nonces (mode auto):
		// the donor/public page cache (page-cache.ts) may serve a rendered page twice, which a
		// nonce must never be, while a hash stays true for the same bytes. What the app needs
		// beyond the strict base, and why:
		// - style-src 'unsafe-inline': style attributes written by Svelte (`style:` directives,
		//   widths of bars and columns, app.html's wrapper), chart.js sizing its canvas, and the
		//   server-rendered chart SVGs of the pack. Scripts stay locked; kit adds no nonce to
		//   style-src while 'unsafe-inline' is there (a nonce would switch it off).
		// - img-src data: the second-factor QR code is an SVG data URL.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'frame-ancestors': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
