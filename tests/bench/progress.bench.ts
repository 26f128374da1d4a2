// Progress-reporting figures on the demo data set (79 actions, ~250 institution links,
// 10 half-years, ~1,000 seeded reports through the real workflow).
// Run: npx vitest bench --run tests/bench/progress.bench.ts
import { bench, describe } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb } from '../helpers/test-db';
import seedInstitutions from '../../seed/steps/10-institutions';
import seedPlan from '../../seed/steps/20-plan';
import seedUsers from '../../seed/steps/30-users';
import seedPeriods from '../../seed/steps/40-periods';
import seedProgress from '../../seed/steps/50-progress';
import { institution, progressReport, reportingPeriod, user } from '../../src/lib/server/db/schema';
import { myActions } from '../../src/lib/server/progress/overview';
import { completenessMatrix } from '../../src/lib/server/progress/completeness';
import { listInbox } from '../../src/lib/server/inbox/query';
import { EMPTY_INBOX_FILTER } from '../../src/lib/inbox';
import { reportDetail } from '../../src/lib/server/progress/detail';
import { saveReport } from '../../src/lib/server/progress/reports';
import { claimReminders } from '../../src/lib/server/progress/reminders';

const NOW = new Date('2026-11-23T09:00:00Z');
const db = createTestDb();
const ctx = { db, now: NOW, log: () => {} };
await seedInstitutions(ctx);
await seedPlan(ctx);
await seedUsers(ctx);
await seedPeriods(ctx);
const t0 = performance.now();
await seedProgress(ctx);
const reports = db.select().from(progressReport).all().length;
console.log(
	`seed step 50-progress (in memory): ${Math.round(performance.now() - t0)} ms, ${reports} reports`
);
const t1 = performance.now();
const first = claimReminders(db, NOW);
console.log(
	`first reminder run (claims + notifications): ${first.length} reminders in ${Math.round(performance.now() - t1)} ms`
);

const mia = db.select().from(institution).where(eq(institution.code, 'MIA')).get()!;
const miaUser = db.select().from(user).where(eq(user.email, 'mia@nap.test')).get()!;
// a draft in an open period (drafts left in closed periods cannot be saved)
const open = new Set(
	db
		.select()
		.from(reportingPeriod)
		.where(eq(reportingPeriod.status, 'open'))
		.all()
		.map((p) => p.id)
);
const draft = db
	.select()
	.from(progressReport)
	.where(eq(progressReport.state, 'draft'))
	.all()
	.find((r) => r.institutionId === mia.id && open.has(r.periodId))!;
let version = draft.version;
const me = { id: miaUser.id, role: 'focal_point', institutionId: mia.id };
const empty = {
	doneEn: null,
	obstaclesAz: null,
	obstaclesEn: null,
	nextStepsAz: null,
	nextStepsEn: null,
	indicators: {}
};

describe('progress pages (the domain queries behind each page)', () => {
	bench('my actions (MIA, default period)', () => {
		myActions(db, mia.id, null, NOW);
	});
	bench('completeness matrix (all institutions × 10 periods)', () => {
		completenessMatrix(db, NOW);
	});
	bench('review inbox (all submitted progress and statistics reports)', () => {
		listInbox(db, EMPTY_INBOX_FILTER);
	});
	bench('report page detail', () => {
		reportDetail(db, draft.id);
	});
	bench('save a draft (version check, diff, audit row)', () => {
		const res = saveReport(
			db,
			me,
			draft.id,
			version,
			{ status: 'in_progress', percent: version % 100, doneAz: `mətn ${version}`, ...empty },
			NOW
		);
		if (!res.ok) throw new Error(res.error);
		version = res.version;
	});
	bench('hourly reminder run with nothing new', () => {
		claimReminders(db, NOW);
	});
});
