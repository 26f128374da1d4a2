// The reviewers' inbox filter, shared by the server (queries, "approve and open the next") and the
// pages (links). It lives in the URL: /review?kind=statistics&institution=3, and a report opened
// from the inbox carries it as one parameter (?inbox=kind%3Dstatistics%26institution%3D3), so the
// way back and the next item keep the same filters.
import { parseId } from './ids';

export const INBOX_KINDS = ['progress', 'statistics'] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

/** 'submitted' is the inbox proper; the others list what is behind a completeness cell. */
export const INBOX_STATES = ['submitted', 'returned', 'approved', 'draft', 'all'] as const;
export type InboxState = (typeof INBOX_STATES)[number];

export interface InboxFilter {
	kind: InboxKind | null;
	institutionId: number | null;
	periodId: number | null;
	/** an aim (plan section): progress reports only */
	sectionId: number | null;
	state: InboxState;
}

export const EMPTY_INBOX_FILTER: InboxFilter = {
	kind: null,
	institutionId: null,
	periodId: null,
	sectionId: null,
	state: 'submitted'
};

const oneOf = <T extends string>(list: readonly T[], raw: string | null): T | null =>
	list.includes(raw as T) ? (raw as T) : null;

export function parseInboxFilter(q: URLSearchParams): InboxFilter {
	return {
		kind: oneOf(INBOX_KINDS, q.get('kind')),
		institutionId: parseId(q.get('institution')),
		periodId: parseId(q.get('period')),
		sectionId: parseId(q.get('aim')),
		state: oneOf(INBOX_STATES, q.get('state')) ?? 'submitted'
	};
}

/** The filter as a query string in one fixed order, without empty or default values. */
export function inboxQuery(f: InboxFilter): string {
	const q = new URLSearchParams();
	if (f.kind) q.set('kind', f.kind);
	if (f.institutionId) q.set('institution', String(f.institutionId));
	if (f.periodId) q.set('period', String(f.periodId));
	if (f.sectionId) q.set('aim', String(f.sectionId));
	if (f.state !== 'submitted') q.set('state', f.state);
	return q.toString();
}

/** /review with the filter (and any extra parameters, e.g. a message). */
export function inboxHref(query: string, extra: Record<string, string> = {}): string {
	const q = new URLSearchParams(query);
	for (const [k, v] of Object.entries(extra)) q.set(k, v);
	const s = q.toString();
	return s ? `/review?${s}` : '/review';
}

export interface InboxTarget {
	kind: InboxKind;
	id: number;
	institutionId: number;
	periodId: number;
}

/** The page of one item, carrying the inbox filter it was opened from. */
export function inboxItemHref(
	item: InboxTarget,
	query: string,
	extra: Record<string, string> = {}
) {
	const path =
		item.kind === 'progress'
			? `/reports/${item.id}`
			: `/statistics/${item.institutionId}/${item.periodId}`;
	const q = new URLSearchParams({ inbox: query, ...extra });
	return `${path}?${q}`;
}
