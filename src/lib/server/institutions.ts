// Institutions: the executing bodies, NGOs and partners that report or are named in the plan.
// They are deactivated, never deleted: reports and actions keep pointing at them.
import { eq } from 'drizzle-orm';
import { institution, type Institution } from './db/schema';
import { writeAudit } from './audit';
import { compareText } from '../text';
import type { DB } from './db/connect';
import type { Actor } from './audit';
import type { InstitutionInput } from './forms/institution-form';

/** The columns that name an institution wherever one is listed: its code and both names. */
export const institutionNaming = {
	code: institution.code,
	nameAz: institution.nameAz,
	nameEn: institution.nameEn
};

/** …with its id: what every list and picker of institutions selects. */
export const institutionRef = { id: institution.id, ...institutionNaming };

/** The institution a row of something else belongs to (a report, an exception), named. */
export const institutionLabel = {
	institutionCode: institution.code,
	institutionAz: institution.nameAz,
	institutionEn: institution.nameEn
};

type Result<T = object> = ({ ok: true } & T) | { ok: false; errors: Record<string, string> };

/**
 * Institutions in the reader's order: by name in the reader's language, in the Azerbaijani
 * alphabet for az. Every list of institutions a user picks from is sorted here, once.
 */
export function sortByName<T extends { nameAz: string; nameEn: string }>(
	rows: T[],
	locale: 'az' | 'en'
): T[] {
	const name = (i: T) => (locale === 'az' ? i.nameAz : i.nameEn);
	return rows.sort((a, b) => compareText(name(a), name(b), locale));
}

/** All institutions (or only active ones), by name in the reader's language and alphabet. */
export function listInstitutions(
	db: DB,
	opts: { locale?: 'az' | 'en'; activeOnly?: boolean } = {}
): Institution[] {
	const rows = opts.activeOnly
		? db.select().from(institution).where(eq(institution.active, true)).all()
		: db.select().from(institution).all();
	return sortByName(rows, opts.locale ?? 'az');
}

/** For pickers that show both names: id, code and the two names, sorted as listInstitutions. */
export function institutionNames(
	db: DB,
	opts: { locale: 'az' | 'en'; activeOnly?: boolean }
): { id: number; code: string; nameAz: string; nameEn: string }[] {
	return listInstitutions(db, opts).map(({ id, code, nameAz, nameEn }) => ({
		id,
		code,
		nameAz,
		nameEn
	}));
}

export function getInstitution(db: DB, id: number): Institution | null {
	return db.select().from(institution).where(eq(institution.id, id)).get() ?? null;
}

function codeTaken(db: Pick<DB, 'select'>, code: string, exceptId: number | null): boolean {
	const other = db.select().from(institution).where(eq(institution.code, code)).get();
	return other !== undefined && other.id !== exceptId;
}

export function createInstitution(
	db: DB,
	actor: Actor,
	input: InstitutionInput,
	now: Date
): Result<{ id: number }> {
	return db.transaction((tx) => {
		if (codeTaken(tx, input.code, null))
			return { ok: false, errors: { code: 'institution.code_taken' } } as const;
		const row = tx
			.insert(institution)
			.values({ ...input, createdAt: now })
			.returning()
			.get();
		writeAudit(
			tx,
			actor,
			{ entity: 'institution', entityId: row.id, operation: 'create', after: row },
			now
		);
		return { ok: true, id: row.id } as const;
	});
}

export function updateInstitution(
	db: DB,
	actor: Actor,
	id: number,
	input: InstitutionInput,
	now: Date
): Result {
	return db.transaction((tx) => {
		const before = tx.select().from(institution).where(eq(institution.id, id)).get();
		if (!before) throw new Error(`institution ${id} not found`);
		if (codeTaken(tx, input.code, id))
			return { ok: false, errors: { code: 'institution.code_taken' } } as const;
		const after = tx.update(institution).set(input).where(eq(institution.id, id)).returning().get();
		writeAudit(
			tx,
			actor,
			{ entity: 'institution', entityId: id, operation: 'update', before, after },
			now
		);
		return { ok: true } as const;
	});
}

/** Deactivated institutions stay in reports but can no longer be given new users. */
export function setInstitutionActive(
	db: DB,
	actor: Actor,
	id: number,
	active: boolean,
	now: Date
): void {
	db.transaction((tx) => {
		const before = tx.select().from(institution).where(eq(institution.id, id)).get();
		if (!before) throw new Error(`institution ${id} not found`);
		tx.update(institution).set({ active }).where(eq(institution.id, id)).run();
		writeAudit(
			tx,
			actor,
			{
				entity: 'institution',
				entityId: id,
				operation: active ? 'activate' : 'deactivate',
				before: { active: before.active },
				after: { active }
			},
			now
		);
	});
}

/** For select boxes: id, code and the name in the reader's language, sorted by it. */
export function institutionOptions(db: DB, locale: 'az' | 'en') {
	return listInstitutions(db, { locale }).map((i) => ({
		id: i.id,
		code: i.code,
		name: locale === 'az' ? i.nameAz : i.nameEn,
		active: i.active
	}));
}
