// Security events (ASVS 5.0 V16): sign-ins and their failures with the e-mail tried, throttled
// attempts, second-factor failures, sign-outs and refused requests. Each is an audit row
// (entity 'security', with time, source address and user agent, readable at /security-events)
// and one JSON line on stdout for the host's log collector. Never a password, token or cookie:
// callers pass only the fields below.
import { writeAudit, type Actor, type Tx } from './audit';
import { currentRequest } from './request-context';

export const SECURITY_EVENTS = [
	'sign_in',
	'sign_in_failed',
	'sign_in_throttled',
	'second_factor_failed',
	'second_factor_throttled',
	'sign_out',
	'access_denied'
] as const;
export type SecurityEvent = (typeof SECURITY_EVENTS)[number];

export interface SecurityDetail {
	/** the e-mail tried at sign-in (there may be no such account) */
	email?: string;
	/** how long the next attempt must wait */
	waitMs?: number;
	method?: string;
	path?: string;
	status?: number;
}

export function recordSecurityEvent(
	db: Tx,
	event: SecurityEvent,
	actor: Actor | null,
	detail: SecurityDetail = {},
	now: Date = new Date()
): void {
	writeAudit(
		db,
		actor ?? { id: null, role: null },
		{ entity: 'security', entityId: actor?.id ?? null, operation: event, after: detail },
		now
	);
	if (process.env.VITEST) return;
	const request = currentRequest();
	console.log(
		JSON.stringify({
			at: now.toISOString(),
			kind: 'security',
			event,
			userId: actor?.id ?? null,
			role: actor?.role ?? null,
			address: request?.address ?? null,
			userAgent: request?.userAgent ?? null,
			...detail
		})
	);
}
