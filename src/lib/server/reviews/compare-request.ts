// `?before=ID&after=ID|now&show=…&section=…&institution=…` → the comparison to show or export.
import type { DB } from '../db/connect';
import type { Locale } from '../../i18n/core';
import { compareSources, parseCompareFilter, type CompareFilter } from './compare';
import { compareTables, type CompareTables } from './compare-table';
import { listSnapshots } from './snapshots';
import { resolveSource } from './snapshot-source';
import { isId } from '../../ids';

export type CompareRequest =
	| {
			status: 'ok';
			before: string;
			after: string;
			filter: CompareFilter;
			planId: number;
			tables: CompareTables;
	  }
	| { status: 'no_snapshots' }
	| { status: 'not_found' }
	| { status: 'same'; before: string; after: string; filter: CompareFilter };

export function compareFromQuery(
	db: DB,
	params: URLSearchParams,
	locale: Locale,
	now: Date
): CompareRequest {
	const snapshots = listSnapshots(db);
	if (snapshots.length === 0) return { status: 'no_snapshots' };
	const before = params.get('before') || String(snapshots[0].id);
	const after = params.get('after') || 'now';
	const filter = parseCompareFilter(params);
	if (!isId(before)) return { status: 'not_found' };
	const a = resolveSource(db, before, 0, now);
	if (a === null || a.kind !== 'snapshot') return { status: 'not_found' };
	const b = resolveSource(db, after, a.planId, now);
	if (b === null || b.planId !== a.planId) return { status: 'not_found' };
	if (before === after) return { status: 'same', before, after, filter };
	const c = compareSources(db, a, b);
	if (c === null) return { status: 'not_found' };
	return {
		status: 'ok',
		before,
		after,
		filter,
		planId: a.planId,
		tables: compareTables(db, c, filter, locale)
	};
}
