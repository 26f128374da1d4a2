// Loads officially published figures as an approved report in one step (used by the seed): the
// figures were reviewed by their publisher, so they enter as approved, with the event and audit
// trail saying where they came from. An existing report is never overwritten.
import { statReport, statValue, workflowEvent } from '../db/schema';
import { SYSTEM_ACTOR, writeAudit } from '../audit';
import type { DB } from '../db/connect';
import { findReport } from './reports';
import type { CellInput } from './types';

export function loadPublishedReport(
	db: DB,
	input: {
		institutionId: number;
		periodId: number;
		cells: { metricId: number; cell: CellInput }[];
		reason: string;
		now: Date;
	}
): { created: boolean; reportId: number } {
	return db.transaction((tx) => {
		const existing = findReport(tx, input.institutionId, input.periodId);
		if (existing) return { created: false, reportId: existing.id };
		const { now } = input;
		const report = tx
			.insert(statReport)
			.values({
				institutionId: input.institutionId,
				periodId: input.periodId,
				state: 'approved',
				submittedAt: now,
				reviewedAt: now,
				updatedAt: now
			})
			.returning()
			.get();
		for (const { metricId, cell } of input.cells)
			tx.insert(statValue)
				.values({
					reportId: report.id,
					metricId,
					categoryKey: cell.key,
					value: cell.notAvailable ? null : cell.value,
					notAvailable: cell.notAvailable,
					derived: cell.derived,
					// published figures carry their texts in both languages (`source` alone is not
					// tied to a language here)
					sourceAz: cell.texts?.sourceAz ?? null,
					sourceEn: cell.texts?.sourceEn ?? null,
					noteAz: cell.texts?.noteAz ?? null,
					noteEn: cell.texts?.noteEn ?? null
				})
				.run();
		tx.insert(workflowEvent)
			.values({
				subjectType: 'statistics',
				subjectId: report.id,
				fromState: null,
				toState: 'approved',
				reason: input.reason,
				at: now
			})
			.run();
		writeAudit(
			tx,
			SYSTEM_ACTOR,
			{
				entity: 'stat_report',
				entityId: report.id,
				operation: 'load_published',
				after: { cells: input.cells.length, reason: input.reason }
			},
			now
		);
		return { created: true, reportId: report.id };
	});
}
