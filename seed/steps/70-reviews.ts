// The mid-term review: a snapshot as of 4 October 2022 (the day of IOM's round table), the round
// table with the institutions that took part (../shared/DOMAIN.md), and a few of its follow-up
// decisions with reports in progress. The meeting is real; the decisions' texts are samples
// (flagged as such), written around the topics the meeting discussed. Runs after the progress
// (50-) and statistics (60-) seeds and works when they have seeded nothing.
import { and, eq } from 'drizzle-orm';
import {
	institution,
	plan,
	progressReport,
	reportingPeriod,
	reviewSnapshot,
	roundTable,
	user,
	workflowEvent
} from '../../src/lib/server/db/schema';
import { createSnapshot } from '../../src/lib/server/reviews/snapshots';
import { addDecision, createRoundTable } from '../../src/lib/server/reviews/round-tables';
import { readSeedJson, type SeedContext } from '../context';

interface SeedReport {
	institution: string;
	period: string;
	percent: number;
	submittedAt: string;
	approvedAt: string;
	doneAz: string;
	doneEn: string;
	obstaclesAz?: string;
	obstaclesEn?: string;
}
interface SeedDecision {
	type: 'D' | 'R';
	institutions: string[];
	dueDate: string;
	textAz: string;
	textEn: string;
	reports?: SeedReport[];
}

export default function seedReviews({ db, now, log }: SeedContext) {
	const { participants: PARTICIPANTS, decisions: DECISIONS } = readSeedJson<{
		participants: string[];
		decisions: SeedDecision[];
	}>('round-table-2022.json');
	const p =
		db.select().from(plan).where(eq(plan.code, '4NAP-CT')).get() ?? db.select().from(plan).get();
	if (!p) throw new Error('no plan: run the plan step first');
	if (
		db
			.select()
			.from(roundTable)
			.where(and(eq(roundTable.planId, p.id), eq(roundTable.heldOn, '2022-10-04')))
			.get()
	) {
		log('mid-term review already seeded');
		return;
	}
	const reviewer = db.select().from(user).where(eq(user.email, 'reviewer@nap.test')).get();
	const actor = { id: reviewer?.id ?? null, role: reviewer ? 'reviewer' : 'system' };
	const byCode = new Map(
		db
			.select()
			.from(institution)
			.all()
			.map((i) => [i.code, i])
	);
	const idOf = (code: string) => {
		const i = byCode.get(code);
		if (!i) throw new Error(`institution ${code} missing`);
		return i.id;
	};

	let snapshot = db
		.select()
		.from(reviewSnapshot)
		.where(and(eq(reviewSnapshot.planId, p.id), eq(reviewSnapshot.asOf, '2022-10-04')))
		.get();
	if (!snapshot) {
		const r = createSnapshot(
			db,
			actor,
			{ planId: p.id, name: 'Mid-term review', nameAz: 'Aralıq icmal', asOf: '2022-10-04' },
			now
		);
		if (!r.ok) throw new Error(`snapshot: ${JSON.stringify(r.errors)}`);
		snapshot = r.snapshot;
		log(`snapshot "${snapshot.name}": ${r.progress} progress reports, ${r.statistics} figures`);
	}

	const rt = createRoundTable(
		db,
		actor,
		{
			planId: p.id,
			heldOn: '2022-10-04',
			snapshotId: snapshot.id,
			titleAz: 'Milli Fəaliyyət Planının icrasının aralıq qiymətləndirilməsinə dair dəyirmi masa',
			titleEn: 'Round table on the mid-term review of the National Action Plan',
			notesAz:
				'BMqT tərəfindən USAID-in dəstəyi ilə təşkil olunub. Mövzular: qurbanların müəyyənləşdirilməsi və yönləndirilməsi, istintaq və cinayət təqibi, qurbanlar üçün səhiyyə xidmətləri və sığınacaq, reinteqrasiya üçün peşə hazırlığı, kök səbəblərə qarşı maarifləndirmə.',
			notesEn:
				'Organised by IOM with USAID support. Topics: victim identification and referral, investigation and prosecution, health care and accommodation for victims, vocational training for reintegration, education and awareness against root causes.',
			participants: PARTICIPANTS.map(idOf)
		},
		now
	);
	if (!rt.ok) throw new Error(`round table: ${JSON.stringify(rt.errors)}`);

	const period = (code: string) =>
		db
			.select()
			.from(reportingPeriod)
			.where(
				and(
					eq(reportingPeriod.planId, p.id),
					eq(reportingPeriod.scope, 'progress'),
					eq(reportingPeriod.code, code)
				)
			)
			.get();
	let reports = 0;
	for (const d of DECISIONS) {
		const added = addDecision(
			db,
			actor,
			rt.value.id,
			{
				type: d.type,
				textAz: d.textAz,
				textEn: d.textEn,
				institutionIds: d.institutions.map(idOf),
				dueDate: d.dueDate
			},
			now,
			{ sample: true }
		);
		if (!added.ok) throw new Error(`decision: ${JSON.stringify(added.errors)}`);
		for (const rep of d.reports ?? []) {
			const per = period(rep.period);
			if (!per) continue; // no periods seeded: the decision simply has no report yet
			const focal = db
				.select()
				.from(user)
				.where(and(eq(user.institutionId, idOf(rep.institution)), eq(user.role, 'focal_point')))
				.get();
			const submittedAt = new Date(rep.submittedAt);
			const approvedAt = new Date(rep.approvedAt);
			const row = db
				.insert(progressReport)
				.values({
					actionId: added.value.id,
					institutionId: idOf(rep.institution),
					periodId: per.id,
					status: 'in_progress',
					percent: rep.percent,
					doneAz: rep.doneAz,
					doneEn: rep.doneEn,
					obstaclesAz: rep.obstaclesAz ?? null,
					obstaclesEn: rep.obstaclesEn ?? null,
					state: 'approved',
					version: 3,
					submittedAt,
					submittedBy: focal?.id ?? null,
					reviewedAt: approvedAt,
					reviewedBy: reviewer?.id ?? null,
					updatedAt: approvedAt
				})
				.returning()
				.get();
			db.insert(workflowEvent)
				.values([
					{
						subjectType: 'progress',
						subjectId: row.id,
						fromState: 'draft',
						toState: 'submitted',
						actorId: focal?.id ?? null,
						at: submittedAt
					},
					{
						subjectType: 'progress',
						subjectId: row.id,
						fromState: 'submitted',
						toState: 'approved',
						actorId: reviewer?.id ?? null,
						at: approvedAt
					}
				])
				.run();
			reports++;
		}
	}
	log(
		`round table 2022-10-04: ${PARTICIPANTS.length} participants, ${DECISIONS.length} decisions, ${reports} reports on them`
	);
}
