import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: { runes: true },
	kit: {
		// precompress: the donor page's JavaScript is served gzip/brotli from disk (issue 5 budget)
		adapter: adapter({ precompress: true }),
		csrf: { trustedOrigins: [] }
	}
};

export default config;
