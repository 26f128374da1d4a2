// Factories for unit tests: each takes Partial<> overrides and returns the inserted row.
import { eq } from 'drizzle-orm';
import {
	action,
	actionInstitution,
	institution,
	plan,
	planSection,
	reportingPeriod,
	user,
	type ActionRole
} from '../../src/lib/server/db/schema';
import { codeSortKey, foldForSearch } from '../../src/lib/text';
import type { DB } from '../../src/lib/server/db/connect';

let seq = 0;
const next = () => ++seq;

export function makeInstitution(db: DB, o: Partial<typeof institution.$inferInsert> = {}) {
	const n = next();
	return db
		.insert(institution)
		.values({
			code: `INST${n}`,
			nameAz: `Qurum ${n}`,
			nameEn: `Institution ${n}`,
			kind: 'ministry',
			...o
		})
		.returning()
		.get();
}

export function makeUser(db: DB, o: Partial<typeof user.$inferInsert> = {}) {
	const n = next();
	return db
		.insert(user)
		.values({
			email: `user${n}@test.local`,
			name: `User ${n}`,
			role: 'focal_point',
			locale: 'en',
			...o
		})
		.returning()
		.get();
}

export function makePlan(db: DB, o: Partial<typeof plan.$inferInsert> = {}) {
	const n = next();
	return db
		.insert(plan)
		.values({
			code: `PLAN${n}`,
			titleAz: `Plan ${n}`,
			titleEn: `Plan ${n}`,
			startYear: 2020,
			endYear: 2024,
			...o
		})
		.returning()
		.get();
}

export function makeSection(
	db: DB,
	planId: number,
	o: Partial<typeof planSection.$inferInsert> = {}
) {
	const n = next();
	return db
		.insert(planSection)
		.values({
			planId,
			code: `4.${n}`,
			titleAz: `Bölmə ${n}`,
			titleEn: `Section ${n}`,
			sortOrder: n,
			...o
		})
		.returning()
		.get();
}

export function makeAction(
	db: DB,
	o: Partial<typeof action.$inferInsert> & { planId: number },
	institutions: { institutionId: number; role: ActionRole }[] = []
) {
	const n = next();
	const code = o.code ?? `4.1.${n}`;
	const row = db
		.insert(action)
		.values({
			code,
			textAz: `Tədbir ${n}`,
			textEn: `Action ${n}`,
			startYear: 2020,
			endYear: 2024,
			sortKey: codeSortKey(code),
			searchText: foldForSearch(`${code} Tədbir ${n} Action ${n}`),
			...o
		})
		.returning()
		.get();
	for (const i of institutions)
		db.insert(actionInstitution)
			.values({ actionId: row.id, ...i })
			.run();
	return row;
}

export function makePeriod(db: DB, o: Partial<typeof reportingPeriod.$inferInsert> = {}) {
	const n = next();
	return db
		.insert(reportingPeriod)
		.values({
			code: `20${20 + (n % 5)}-H${(n % 2) + 1}-${n}`,
			kind: 'half',
			startDate: '2023-01-01',
			endDate: '2023-06-30',
			dueDate: '2023-07-15',
			...o
		})
		.returning()
		.get();
}

export function getInstitutionByCode(db: DB, code: string) {
	return db.select().from(institution).where(eq(institution.code, code)).get() ?? null;
}
