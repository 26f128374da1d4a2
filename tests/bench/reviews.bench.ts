// Review figures on a plan-sized data set: 100 actions × 3 bodies × 10 half-years of approved
// reports (3,000) and 20 indicators × 5 years × 11 cells of figures (1,100).
// Run: npx vitest bench --run tests/bench/reviews.bench.ts
import { bench, describe } from 'vitest';
import { createTestDb } from '../helpers/test-db';
import {
	makeAction,
	makeInstitution,
	makePeriod,
	makePlan,
	makeSection,
	makeUser
} from '../factories';
import { approveReport, makeMetric, makeStatReport } from '../factories/reviews';
import { createSnapshot } from '../../src/lib/server/reviews/snapshots';
import { compareSources } from '../../src/lib/server/reviews/compare';
import { liveSource } from '../../src/lib/server/reviews/snapshot-source';
import { buildPackData } from '../../src/lib/server/reviews/pack/data';
import { renderPackDocx } from '../../src/lib/server/reviews/pack/docx';

const NOW = new Date('2025-03-01T00:00:00Z');
const db = createTestDb();
const plan = makePlan(db);
const reviewer = makeUser(db, { role: 'reviewer' });
const insts = Array.from({ length: 30 }, () => makeInstitution(db));
const periods = Array.from({ length: 10 }, (_, i) => {
	const year = 2020 + Math.floor(i / 2);
	const h = (i % 2) + 1;
	return makePeriod(db, {
		planId: plan.id,
		code: `${year}-H${h}`,
		startDate: `${year}-${h === 1 ? '01' : '07'}-01`,
		endDate: `${year}-${h === 1 ? '06-30' : '12-31'}`,
		dueDate: `${h === 1 ? year : year + 1}-${h === 1 ? '07-15' : '01-20'}`
	});
});
const statuses = [
	'in_progress',
	'completed',
	'delayed',
	'partially_completed',
	'not_started'
] as const;
db.transaction(() => {
	for (let s = 1; s <= 5; s++) {
		const section = makeSection(db, plan.id, { code: `4.${s}`, sortOrder: s });
		for (let a = 1; a <= 20; a++) {
			const bodies = [0, 1, 2].map((k) => insts[(s * 7 + a + k * 11) % insts.length]);
			const act = makeAction(
				db,
				{ planId: plan.id, sectionId: section.id, code: `4.${s}.${a}` },
				bodies.map((b, k) => ({ institutionId: b.id, role: k === 0 ? 'lead' : 'co' }))
			);
			for (const [pi, p] of periods.entries())
				for (const b of bodies)
					approveReport(db, {
						actionId: act.id,
						institutionId: b.id,
						periodId: p.id,
						status: statuses[(a + pi) % 5],
						doneEn: 'Work done in the period. '.repeat(8),
						obstaclesEn: a % 4 === 0 ? 'Funding.' : null,
						approvedAt: new Date(`${p.dueDate}T10:00:00Z`)
					});
		}
	}
	for (let m = 0; m < 20; m++) {
		const metric = makeMetric(db);
		for (let y = 0; y < 5; y++) {
			const p = makePeriod(db, {
				planId: null,
				scope: 'statistics',
				kind: 'year',
				code: `${2020 + y}-${m}`,
				startDate: `${2020 + y}-01-01`,
				endDate: `${2020 + y}-12-31`,
				dueDate: `${2021 + y}-03-01`
			});
			const cells: Record<string, number> = { '': 100 + m + y };
			for (let c = 0; c < 10; c++) cells[`cat=c${c}`] = c + y;
			makeStatReport(
				db,
				{
					institutionId: insts[m % 30].id,
					periodId: p.id,
					state: 'approved',
					reviewedAt: new Date(`${2021 + y}-03-10`)
				},
				metric.id,
				cells
			);
		}
	}
});
const snap = createSnapshot(
	db,
	{ id: reviewer.id, role: 'reviewer' },
	{ planId: plan.id, name: 'Base', asOf: '2023-01-01' },
	NOW
);
if (!snap.ok) throw new Error('snapshot');
const source = { kind: 'snapshot' as const, planId: plan.id, snapshot: snap.snapshot };
console.log(
	`data: ${snap.progress} latest reports and ${snap.statistics} figures in the snapshot as of 2023-01-01`
);

describe('reviews', () => {
	bench(
		'freeze a snapshot (copy latest approved reports and figures)',
		() => {
			createSnapshot(
				db,
				{ id: reviewer.id, role: 'reviewer' },
				{ planId: plan.id, name: 'Bench', asOf: '2024-12-31' },
				NOW
			);
		},
		{ iterations: 10 }
	);
	bench(
		'compare a snapshot with now',
		() => {
			compareSources(db, source, liveSource(plan.id, NOW));
		},
		{ iterations: 10 }
	);
	bench(
		'round-table pack: data + DOCX (whole plan, en)',
		async () => {
			const data = buildPackData(db, {
				source,
				scope: { kind: 'plan' },
				locale: 'en',
				audience: 'donor',
				now: NOW
			})!;
			await renderPackDocx(data);
		},
		{ iterations: 5 }
	);
});
