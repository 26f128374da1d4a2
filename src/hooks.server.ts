import { sequence } from '@sveltejs/kit/hooks';
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { db } from '$lib/server/db';
import { SESSION_COOKIE, sessionExpiry, validateSessionToken } from '$lib/server/auth/session';
import { resolveLocale } from '$lib/server/locale';
import { registerJob, startBackgroundJobs } from '$lib/server/jobs';
import { mailConfig } from '$lib/server/config';
import { sendReminders } from '$lib/server/progress/reminders';
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
startBackgroundJobs();

const handleAuth: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE) ?? null;
	event.locals.user = null;
	event.locals.session = null;
	if (token !== null) {
		const result = validateSessionToken(db, token);
		if (result === null) {
			event.cookies.delete(SESSION_COOKIE, { path: '/' });
		} else {
			event.locals.user = result.user;
			event.locals.session = result.session;
			// sliding expiry: re-send the cookie with the session's current limit
			event.cookies.set(SESSION_COOKIE, token, {
				path: '/',
				httpOnly: true,
				sameSite: 'lax',
				secure: !dev && event.url.protocol === 'https:',
				expires: sessionExpiry(result.session)
			});
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

const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	return response;
};

// the page cache (donor and public pages) answers after sign-in and locale are known
export const handle = sequence(
	handleRequestContext,
	handleSecurityHeaders,
	recordCookies,
	handleAuth,
	handleLocale,
	servePageCache
);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status !== 404) console.error(`[${event.request.method} ${event.url.pathname}]`, error);
	return { message: status === 404 ? 'not_found' : 'unexpected' };
};
