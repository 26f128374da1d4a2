// Institutions × periods: how complete and timely each institution's progress reporting is.
// The newest period comes first, so that the periods a reviewer acts on are in view.
import { asc, inArray } from 'drizzle-orm';
import { institution } from '../db/schema';
import { listProgressPeriods } from './periods';
import { institutionRef } from '../institutions';
import { completenessOf, periodAssignments, periodReports, type Completeness } from './status';
import type { DB } from '../db/connect';

export function completenessMatrix(db: Pick<DB, 'select'>, now: Date) {
	const periods = listProgressPeriods(db).reverse();
	const cells = new Map<string, Completeness>();
	const instIds = new Set<number>();
	for (const p of periods) {
		const reports = periodReports(db, p.id);
		for (const [instId, actionIds] of periodAssignments(db, p)) {
			instIds.add(instId);
			cells.set(`${instId}:${p.id}`, completenessOf(p, actionIds, instId, reports, now));
		}
	}
	const institutions = instIds.size
		? db
				.select(institutionRef)
				.from(institution)
				.where(inArray(institution.id, [...instIds]))
				.orderBy(asc(institution.code))
				.all()
		: [];
	const rows = institutions.map((i) => {
		const row = periods.map((p) => cells.get(`${i.id}:${p.id}`) ?? null);
		return {
			...i,
			cells: row,
			// what a reminder can be sent about: reports still owed in an open period
			owesOpen: periods.some(
				(p, k) => p.status === 'open' && row[k] !== null && row[k].done < row[k].expected
			)
		};
	});
	const totals = periods.map((_, k) => {
		const list = rows.map((r) => r.cells[k]).filter((c): c is Completeness => c !== null);
		return {
			expected: list.reduce((s, c) => s + c.expected, 0),
			done: list.reduce((s, c) => s + c.done, 0),
			missing: list.filter((c) => c.status === 'missing' || c.status === 'incomplete').length,
			late: list.filter((c) => c.status === 'late').length
		};
	});
	return {
		periods: periods.map((p) => ({
			id: p.id,
			code: p.code,
			dueDate: p.dueDate,
			status: p.status,
			open: p.status === 'open'
		})),
		rows,
		totals
	};
}
