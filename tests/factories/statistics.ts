// A test database with the institutions and the statistics seed (definitions, years 2017–2024,
// the published figures as approved reports), plus helpers to make users for it.
import { eq } from 'drizzle-orm';
import { createTestDb } from '../helpers/test-db';
import { makeUser } from './index';
import seedInstitutions from '../../seed/steps/10-institutions';
import seedStatistics from '../../seed/steps/60-statistics';
import { institution } from '../../src/lib/server/db/schema';
import type { DB } from '../../src/lib/server/db/connect';
import { statPeriodForYear } from '../../src/lib/server/statistics/periods';
import type { StatActor } from '../../src/lib/server/statistics/reports';

export const SEED_NOW = new Date('2024-05-01T10:00:00Z');

export function createStatisticsDb(): DB {
	const db = createTestDb();
	const ctx = { db, now: SEED_NOW, log: () => {} };
	seedInstitutions(ctx);
	seedStatistics(ctx);
	return db;
}

export function instId(db: DB, code: string): number {
	return db.select().from(institution).where(eq(institution.code, code)).get()!.id;
}

export function periodId(db: DB, year: number): number {
	return statPeriodForYear(db, year)!.id;
}

export function actorFor(
	db: DB,
	role: 'admin' | 'reviewer' | 'focal_point' | 'donor',
	code?: string
): StatActor {
	const u = makeUser(db, { role, institutionId: code ? instId(db, code) : null });
	return { id: u.id, role: u.role, institutionId: u.institutionId };
}
