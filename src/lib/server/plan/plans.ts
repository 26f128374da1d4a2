// Single plan rows by id, for the admin pages (the plan browser's queries are in browse.ts).
import { and, eq } from 'drizzle-orm';
import { plan, planSection } from '../db/schema';
import type { DB } from '../db/connect';

export function getPlan(db: DB, id: number) {
	return db.select().from(plan).where(eq(plan.id, id)).get() ?? null;
}

/** A section of the given plan; null when it belongs to another plan. */
export function getSection(db: DB, planId: number, sectionId: number) {
	return (
		db
			.select()
			.from(planSection)
			.where(and(eq(planSection.id, sectionId), eq(planSection.planId, planId)))
			.get() ?? null
	);
}
