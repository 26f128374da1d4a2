// A round-table decision assigned to an institution is mailed to its focal points (in the
// transaction that assigns it), with the decision's text in both languages: the mail is written in
// each recipient's own.
import { inArray } from 'drizzle-orm';
import { institution, type Action } from '../db/schema';
import { focalPointsOf } from '../notifications';
import { queueMail } from '../mail-queue/queue';
import type { RoundTable } from './round-tables';
import type { DB } from '../db/connect';

export function mailDecisionAssigned(
	tx: Pick<DB, 'select' | 'insert'>,
	d: Pick<Action, 'code' | 'textAz' | 'textEn' | 'dueDate'>,
	rt: Pick<RoundTable, 'heldOn' | 'titleAz' | 'titleEn'>,
	institutionIds: number[],
	now: Date
): void {
	if (institutionIds.length === 0) return;
	const codes = tx
		.select({ id: institution.id, code: institution.code })
		.from(institution)
		.where(inArray(institution.id, institutionIds))
		.all();
	for (const i of codes) {
		const ids = focalPointsOf(tx, i.id).map((u) => u.id);
		queueMail(
			tx,
			'decision_assigned',
			ids,
			{
				code: d.code,
				institution: i.code,
				textAz: d.textAz ?? '',
				textEn: d.textEn ?? '',
				due: d.dueDate ?? '',
				heldOn: rt.heldOn,
				titleAz: rt.titleAz,
				titleEn: rt.titleEn,
				link: '/my-actions'
			},
			now
		);
	}
}
