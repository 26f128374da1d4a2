import { sequence } from '@sveltejs/kit/hooks';
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import {
	deleteSessionCookie,
	readSessionCookie,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { resolveLocale } from '$lib/server/locale';
import { registerJob, startBackgroundJobs } from '$lib/server/jobs';
import { building } from '$app/environment';
import { mailConfig, packsDir } from '$lib/server/config';
import { cleanPackJobs, failInterruptedPackJobs } from '$lib/server/reviews/pack/jobs';
import { sendReminders } from '$lib/server/progress/reminders';
import { deliverSoon, hasDueMail } from '$lib/server/mail-queue/runner';
import { runDailyDigest } from '$lib/server/mail-queue/digest';
import { recordCookies, servePageCache } from '$lib/server/page-cache';
import { handleRequestContext } from '$lib/server/security-hook';

// deadline reminders for progress reports: hourly; the reminder log keeps each one to a single send
registerJob({
	name: 'progress-reminders',
	everyMs: 60 * 60 * 1000,
	run: async () => {
		const { items, deliveries } = await sendReminders(db, mailConfig(), new Date());
		if (items.length)
			console.log(`[reminders] ${items.length} reminders, ${deliveries.length} emails`);
	}
});
// workflow mail: queued by the steps themselves, sent here (and retried) every minute; the
// reviewers' digest of submissions once a day (mail-queue/digest.ts)
registerJob({
	name: 'mail-send',
	everyMs: 60 * 1000,
	run: () => deliverSoon(db, mailConfig)
});
registerJob({
	name: 'mail-digest',
	everyMs: 15 * 60 * 1000,
	run: () => {
		if (runDailyDigest(db, new Date())) return deliverSoon(db, mailConfig);
	}
});
// pack jobs: one a restart interrupted will never finish; files are kept for a day
if (!building) failInterruptedPackJobs(db);
registerJob({
	name: 'pack-cleanup',
	everyMs: 60 * 60 * 1000,
	run: () => {
		cleanPackJobs(db, packsDir());
	}
});
startBackgroundJobs();

const handleAuth: Handle = async ({ event, resolve }) => {
	const token = readSessionCookie(event.cookies, event.url);
	event.locals.user = null;
	event.locals.session = null;
	if (token !== null) {
		const result = validateSessionToken(db, token);
		if (result === null) {
			deleteSessionCookie(event.cookies, event.url);
		} else {
			event.locals.user = result.user;
			event.locals.session = result.session;
			// sliding expiry: re-send the cookie with the session's current limit
			setSessionCookie(event.cookies, event.url, token, result.session);
		}
	}
	return resolve(event);
};

const handleLocale: Handle = async ({ event, resolve }) => {
	const locale = resolveLocale(event);
	event.locals.locale = locale;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', locale)
	});
};

// The Content-Security-Policy is kit.csp in svelte.config.js (it needs the per-page nonces).
const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const h = response.headers;
	h.set('X-Content-Type-Options', 'nosniff');
	h.set('Referrer-Policy', 'same-origin');
	h.set('X-Frame-Options', 'DENY');
	// ORIGIN is https (adapter-node builds event.url from it): browsers keep to https for a year
	if (event.url.protocol === 'https:') h.set('Strict-Transport-Security', 'max-age=31536000');
	// narratives, return reasons, exact figures and exports must not stay in the browser cache of
	// a shared office computer; public pages keep whatever caching they set
	if (event.locals.user || /^attachment/i.test(h.get('Content-Disposition') ?? ''))
		h.set('Cache-Control', 'no-store');
	return response;
};

// Every POST here is a form action (there are no POST endpoints): a body that is not a form —
// e.g. a same-origin `text/plain` post, which passes the CSRF check — would make
// request.formData() throw, a 500; it is refused as 415 before any action runs.
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];
const handleFormPostsOnly: Handle = async ({ event, resolve }) => {
	if (event.request.method === 'POST') {
		const type = (event.request.headers.get('content-type') ?? '').split(';')[0].trim();
		if (!FORM_TYPES.includes(type.toLowerCase()))
			return new Response('Unsupported Media Type', {
				status: 415,
				headers: { 'Content-Type': 'text/plain; charset=utf-8' }
			});
	}
	return resolve(event);
};

// a form post that queued mail (an invitation, a return…) starts sending it at once, after the
// response: the request never waits for the mail server
const handleMailKick: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (event.request.method === 'POST' && !building && hasDueMail(db, new Date()))
		setImmediate(() => void deliverSoon(db, mailConfig));
	return response;
};

// the page cache (donor and public pages) answers after sign-in and locale are known
export const handle = sequence(
	handleRequestContext,
	handleSecurityHeaders,
	handleFormPostsOnly,
	handleMailKick,
	recordCookies,
	handleAuth,
	handleLocale,
	servePageCache
);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status !== 404) console.error(`[${event.request.method} ${event.url.pathname}]`, error);
	return { message: status === 404 ? 'not_found' : 'unexpected' };
};
