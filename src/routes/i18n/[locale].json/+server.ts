import { error, json } from '@sveltejs/kit';
import { dictionary, isLocale } from '$lib/i18n/core';
import type { RequestHandler } from './$types';

// One language's messages for the browser. The URL carries the build version (see
// src/routes/+layout.ts), so the answer can be cached for good.
export const GET: RequestHandler = ({ params }) => {
	if (!isLocale(params.locale)) error(404, { message: 'not_found' });
	return json(dictionary(params.locale), { headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } });
};
