// The first handle: runs the request inside its request context (source address, user agent) for
// the audit log, and records every refused access (403) as a security event: a response with
// status 403, or a guard that refused (which also covers client-side navigation, whose
// __data.json answers 200 with the error inside).
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { db } from './db';
import { withRequest, type RequestInfo } from './request-context';
import { recordSecurityEvent } from './security-events';

function clientAddress(event: RequestEvent): string | null {
	try {
		// adapter-node: honours ADDRESS_HEADER and XFF_DEPTH (README, "Behind a reverse proxy")
		return event.getClientAddress();
	} catch {
		return null;
	}
}

export const handleRequestContext: Handle = async ({ event, resolve }) => {
	const info: RequestInfo = {
		address: clientAddress(event),
		userAgent: event.request.headers.get('user-agent')
	};
	return withRequest(info, async () => {
		const response = await resolve(event);
		if (response.status === 403 || info.denied) {
			const user = event.locals.user;
			recordSecurityEvent(db, 'access_denied', user ? { id: user.id, role: user.role } : null, {
				method: event.request.method,
				path: event.url.pathname,
				status: response.status
			});
		}
		return response;
	});
};
