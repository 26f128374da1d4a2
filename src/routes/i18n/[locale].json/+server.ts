import { error } from '@sveltejs/kit';
import { dictionary, isLocale, type Locale } from '$lib/i18n/core';
import type { RequestHandler } from './$types';

// One language's messages for the browser. The URL carries the build version (see
// src/routes/+layout.ts), so the answer can be cached for good; the server builds it once.
const bodies = new Map<Locale, string>();

export const GET: RequestHandler = ({ params }) => {
	if (!isLocale(params.locale)) error(404, { message: 'not_found' });
	if (!bodies.has(params.locale))
		bodies.set(params.locale, JSON.stringify(dictionary(params.locale)));
	return new Response(bodies.get(params.locale), {
		headers: {
			'Content-Type': 'application/json',
			'Cache-Control': 'public, max-age=31536000, immutable'
		}
	});
};
