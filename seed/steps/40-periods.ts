import { eq } from 'drizzle-orm';
import { plan, reportingPeriod } from '../../src/lib/server/db/schema';
import type { SeedContext } from '../context';

// Half-yearly progress periods for 4NAP-CT: reports are due 15 days after June and 20 days
// after December. Periods whose reports were all due before 2023 are closed.
export default function seedPeriods({ db, log }: SeedContext) {
	const p = db.select().from(plan).where(eq(plan.code, '4NAP-CT')).get();
	if (!p) throw new Error('plan 4NAP-CT missing: run the plan step first');
	let n = 0;
	for (let year = p.startYear; year <= p.endYear; year++) {
		for (const half of [1, 2] as const) {
			const code = `${year}-H${half}`;
			const startDate = half === 1 ? `${year}-01-01` : `${year}-07-01`;
			const endDate = half === 1 ? `${year}-06-30` : `${year}-12-31`;
			const dueDate = half === 1 ? `${year}-07-15` : `${year + 1}-01-20`;
			db.insert(reportingPeriod)
				.values({
					planId: p.id,
					scope: 'progress',
					kind: 'half',
					code,
					startDate,
					endDate,
					dueDate,
					status: year <= 2022 ? 'closed' : 'open'
				})
				.onConflictDoNothing()
				.run();
			n++;
		}
	}
	log(`${n} half-yearly periods`);
}
