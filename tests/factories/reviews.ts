// Factories for review tests: reports in a given workflow state, statistics, and a small plan.
import {
	progressReport,
	statMetric,
	statReport,
	statValue,
	type ImplementationStatus
} from '../../src/lib/server/db/schema';
import type { DB } from '../../src/lib/server/db/connect';
import { makeAction, makeInstitution, makePeriod, makePlan, makeSection, makeUser } from './index';

export function makeProgressReport(
	db: DB,
	o: Partial<typeof progressReport.$inferInsert> & {
		actionId: number;
		institutionId: number;
		periodId: number;
	}
) {
	return db
		.insert(progressReport)
		.values({ status: 'in_progress' as ImplementationStatus, state: 'draft', ...o })
		.returning()
		.get();
}

/** An approved report, approved at `approvedAt`. */
export function approveReport(
	db: DB,
	o: Parameters<typeof makeProgressReport>[1] & { approvedAt: Date }
) {
	const { approvedAt, ...rest } = o;
	return makeProgressReport(db, {
		state: 'approved',
		reviewedAt: approvedAt,
		submittedAt: approvedAt,
		...rest
	});
}

export function makeMetric(db: DB, o: Partial<typeof statMetric.$inferInsert> = {}) {
	const n = Math.floor(Math.random() * 1e9);
	return db
		.insert(statMetric)
		.values({ code: `m${n}`, nameAz: `Göstərici ${n}`, nameEn: `Metric ${n}`, ...o })
		.returning()
		.get();
}

/** A statistics report with figures; `cells` maps category key → value. */
export function makeStatReport(
	db: DB,
	o: Partial<typeof statReport.$inferInsert> & { institutionId: number; periodId: number },
	metricId: number,
	cells: Record<string, number | null>
) {
	const r = db.insert(statReport).values(o).returning().get();
	for (const [categoryKey, value] of Object.entries(cells)) {
		db.insert(statValue)
			.values({ reportId: r.id, metricId, categoryKey, value, notAvailable: value === null })
			.run();
	}
	return r;
}

/** A plan with two aims, three actions, two bodies, half-year periods 2021-H1 … 2022-H2 and a reviewer. */
export function makeReviewPlan(db: DB) {
	const p = makePlan(db);
	const s1 = makeSection(db, p.id, { code: '4.1', sortOrder: 1 });
	const s2 = makeSection(db, p.id, { code: '4.2', sortOrder: 2 });
	const instA = makeInstitution(db);
	const instB = makeInstitution(db);
	const a1 = makeAction(
		db,
		{ planId: p.id, sectionId: s1.id, code: '4.1.1', startYear: 2020, endYear: 2024 },
		[
			{ institutionId: instA.id, role: 'lead' },
			{ institutionId: instB.id, role: 'co' }
		]
	);
	const a2 = makeAction(
		db,
		{ planId: p.id, sectionId: s1.id, code: '4.1.2', startYear: 2020, endYear: 2022 },
		[{ institutionId: instB.id, role: 'lead' }]
	);
	const a3 = makeAction(
		db,
		{ planId: p.id, sectionId: s2.id, code: '4.2.1', startYear: 2021, endYear: 2024 },
		[{ institutionId: instA.id, role: 'lead' }]
	);
	const period = (code: string, start: string, end: string, due: string) =>
		makePeriod(db, { planId: p.id, code, startDate: start, endDate: end, dueDate: due });
	const periods = {
		h1_2021: period('2021-H1', '2021-01-01', '2021-06-30', '2021-07-15'),
		h2_2021: period('2021-H2', '2021-07-01', '2021-12-31', '2022-01-20'),
		h1_2022: period('2022-H1', '2022-01-01', '2022-06-30', '2022-07-15'),
		h2_2022: period('2022-H2', '2022-07-01', '2022-12-31', '2023-01-20')
	};
	const statPeriod = makePeriod(db, {
		planId: null,
		scope: 'statistics',
		kind: 'year',
		code: `2021-${p.id}`,
		startDate: '2021-01-01',
		endDate: '2021-12-31',
		dueDate: '2022-03-01'
	});
	const reviewer = makeUser(db, { role: 'reviewer' });
	return {
		plan: p,
		sections: [s1, s2],
		instA,
		instB,
		actions: [a1, a2, a3],
		periods,
		statPeriod,
		reviewer
	};
}
