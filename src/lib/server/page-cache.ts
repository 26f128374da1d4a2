// Whole-page cache for the donor and public pages. Their HTML (and __data.json) depends only on
// the locale, the URL's filters, the day, the approved data and the few header facts of the
// signed-in user, so one rendering serves every request with the same key until approved data
// moves: the key carries `aggregatesVersion`, the signal that also drops the dashboard
// aggregates (an approval, a reopen, a change of the disclosure threshold, any other write).
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { db } from './db';
import { aggregatesVersion } from './dashboards/cache';
import { countUnread } from './notifications';
import { twoFactorStep } from './auth/guards';
import { today } from '../dates';

const ROUTES = new Set(['/(app)/donor', '/public']);
const MAX_ENTRIES = 300;

interface Entry {
	status: number;
	headers: [string, string][];
	body: string;
}
let version = '';
const pages = new Map<string, Entry>();

type CookieWrite = {
	name: string;
	value: string;
	opts: Parameters<RequestEvent['cookies']['set']>[2];
};
const cookieWrites = new WeakMap<RequestEvent['cookies'], CookieWrite[]>();

const cacheable = (event: RequestEvent) =>
	event.request.method === 'GET' && event.route.id !== null && ROUTES.has(event.route.id);

/**
 * Outermost part: records the cookies that later handles set (the session's sliding expiry), so
 * that a page served from the cache sends them as a rendered one would.
 */
export const recordCookies: Handle = ({ event, resolve }) => {
	if (cacheable(event)) {
		const writes: CookieWrite[] = [];
		const { set, delete: del } = event.cookies;
		event.cookies.set = (name, value, opts) => {
			writes.push({ name, value, opts });
			set.call(event.cookies, name, value, opts);
		};
		event.cookies.delete = (name, opts) => {
			writes.push({ name, value: '', opts: { ...opts, maxAge: 0 } });
			del.call(event.cookies, name, opts);
		};
		cookieWrites.set(event.cookies, writes);
	}
	return resolve(event);
};

/** Innermost part (after sign-in and locale): answers from the cache or fills it. */
export const servePageCache: Handle = async ({ event, resolve }) => {
	if (!cacheable(event)) return resolve(event);
	const { user, session } = event.locals;
	const current = aggregatesVersion(db);
	if (current !== version || pages.size >= MAX_ENTRIES) {
		pages.clear();
		version = current;
	}
	const who =
		user === null
			? '-'
			: [
					user.id,
					user.name,
					user.role,
					user.institutionId,
					countUnread(db, user.id),
					session ? twoFactorStep(user, session) : ''
				].join(':');
	// the raw URL: __data.json requests differ from the page (and by which loads they re-run)
	const key = [event.locals.locale, today(), who, event.request.url].map(String).join('\n');
	const hit = pages.get(key);
	if (hit) {
		const headers = new Headers(hit.headers);
		for (const w of cookieWrites.get(event.cookies) ?? [])
			headers.append('set-cookie', event.cookies.serialize(w.name, w.value, w.opts));
		return new Response(hit.body, { status: hit.status, headers });
	}
	const response = await resolve(event);
	const csp = response.headers.get('content-security-policy') ?? '';
	// only plain successes; a per-response nonce must never be served twice
	// nor a page rendered while approved data moved (another request may already have reset the
	// cache to the new version: the page could hold the old data)
	if (
		response.status !== 200 ||
		csp.includes('nonce-') ||
		version !== current ||
		aggregatesVersion(db) !== current
	)
		return response;
	const body = await response.text();
	const headers = [...response.headers].filter(([name]) => name.toLowerCase() !== 'set-cookie');
	pages.set(key, { status: response.status, headers, body });
	return new Response(body, { status: response.status, headers: response.headers });
};
