// Who is on the other end of the request being handled: hooks.server.ts runs each request inside
// `withRequest`, so that the audit log and security events can record the source address and
// user agent without passing the event through every domain function. Outside a request
// (scripts, jobs, tests) there is none.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestInfo {
	address: string | null;
	userAgent: string | null;
	/** set by the guards when they refuse, so that hooks can record the refusal once */
	denied?: string;
}

const storage = new AsyncLocalStorage<RequestInfo>();

export function withRequest<T>(info: RequestInfo, fn: () => T): T {
	return storage.run(info, fn);
}

export function currentRequest(): RequestInfo | undefined {
	return storage.getStore();
}
