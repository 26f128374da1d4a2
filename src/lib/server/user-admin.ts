// The admin's side of accounts: list, invite, edit, disable, reset. Every change is audited in
// its own transaction, with the user as `publicUser` shows it: never a hash or a key.
import { eq } from 'drizzle-orm';
import { institution, user as userTable, type User } from './db/schema';
import { writeAudit, writeSwitch, type Tx } from './audit';
import { invalidateUserSessions, toSessionUser, type SessionUser } from './auth/session';
import { invitePath, issueUserToken } from './auth/user-token';
import { queueMail } from './mail-queue/queue';
import { foldForSearch, compareText } from '../text';
import type { DB } from './db/connect';
import type { UserInput } from './forms/user-form';

export type PublicUser = ReturnType<typeof publicUser>;
type Errors = Record<string, string>;
type Result<T = object> = ({ ok: true } & T) | { ok: false; errors: Errors };

export function publicUser(u: User) {
	return {
		...toSessionUser(u),
		disabled: u.disabled,
		hasPassword: u.passwordHash !== null,
		createdAt: u.createdAt
	};
}

const actorOf = (a: SessionUser) => ({ id: a.id, role: a.role });

export function listUsers(
	db: DB,
	filter: { role?: string; institutionId?: number; q?: string },
	locale: 'az' | 'en' = 'az'
) {
	const rows = db
		.select({ u: userTable, i: institution })
		.from(userTable)
		.leftJoin(institution, eq(userTable.institutionId, institution.id))
		.all();
	const q = foldForSearch(filter.q ?? '');
	return rows
		.filter(({ u }) => !filter.role || u.role === filter.role)
		.filter(({ u }) => !filter.institutionId || u.institutionId === filter.institutionId)
		.filter(
			({ u, i }) => q === '' || foldForSearch(`${u.name} ${u.email} ${i?.code ?? ''}`).includes(q)
		)
		.sort((a, b) => compareText(a.u.name, b.u.name, locale))
		.map(({ u, i }) => ({
			...publicUser(u),
			institution: i ? { code: i.code, nameAz: i.nameAz, nameEn: i.nameEn } : null
		}));
}

export function getPublicUser(db: DB, id: number): PublicUser | null {
	const u = db.select().from(userTable).where(eq(userTable.id, id)).get();
	return u ? publicUser(u) : null;
}

function checkInstitution(tx: Tx, id: number | null): Errors {
	if (id === null) return {};
	const i = tx.select().from(institution).where(eq(institution.id, id)).get();
	return i && i.active ? {} : { institutionId: 'user.institution_unknown' };
}

/** Creates an account without a password and returns its one-time invitation token (also mailed). */
export function inviteUser(
	db: DB,
	actor: SessionUser,
	input: UserInput,
	now: Date
): Result<{ userId: number; token: string }> {
	return db.transaction((tx) => {
		const errors = checkInstitution(tx, input.institutionId);
		if (tx.select().from(userTable).where(eq(userTable.email, input.email)).get())
			errors.email = 'user.email_taken';
		if (Object.keys(errors).length) return { ok: false, errors } as const;
		const created = tx
			.insert(userTable)
			.values({ ...input, createdAt: now })
			.returning()
			.get();
		const token = issueUserToken(tx, created.id, 'invite', actor.id, now);
		// mailed as well; the admin may still copy the link from the page
		queueMail(tx, 'invite', [created.id], { link: invitePath(token) }, now);
		writeAudit(
			tx,
			actorOf(actor),
			{ entity: 'user', entityId: created.id, operation: 'invite', after: publicUser(created) },
			now
		);
		return { ok: true, userId: created.id, token } as const;
	});
}

function loadForChange(tx: Tx, id: number): User {
	const u = tx.select().from(userTable).where(eq(userTable.id, id)).get();
	if (!u) throw new Error(`user ${id} not found`);
	return u;
}

export function updateUser(
	db: DB,
	actor: SessionUser,
	id: number,
	input: Omit<UserInput, 'email'>,
	now: Date
): Result {
	return db.transaction((tx) => {
		const before = loadForChange(tx, id);
		const errors = checkInstitution(tx, input.institutionId);
		if (before.role !== input.role && id === actor.id) errors.role = 'user.own_role';
		if (Object.keys(errors).length) return { ok: false, errors } as const;
		const after = tx.update(userTable).set(input).where(eq(userTable.id, id)).returning().get();
		writeAudit(
			tx,
			actorOf(actor),
			{
				entity: 'user',
				entityId: id,
				operation: 'update',
				before: publicUser(before),
				after: publicUser(after)
			},
			now
		);
		return { ok: true } as const;
	});
}

/** Disabling ends every session of the user at once. */
export function setUserDisabled(
	db: DB,
	actor: SessionUser,
	id: number,
	disabled: boolean,
	now: Date
): Result {
	return db.transaction((tx) => {
		const before = loadForChange(tx, id);
		if (disabled && id === actor.id)
			return { ok: false, errors: { form: 'user.own_disable' } } as const;
		tx.update(userTable).set({ disabled }).where(eq(userTable.id, id)).run();
		if (disabled) invalidateUserSessions(tx, id);
		const s = {
			flag: 'disabled',
			was: before.disabled,
			is: disabled,
			on: 'disable',
			off: 'enable'
		};
		writeSwitch(tx, actorOf(actor), { entity: 'user', id }, s, now);
		return { ok: true } as const;
	});
}

/** A new one-time link (also mailed): an invitation again while no password was ever set, else a reset. */
export function issueResetLink(
	db: DB,
	actor: SessionUser,
	id: number,
	now: Date
): Result<{ token: string }> {
	return db.transaction((tx) => {
		const u = loadForChange(tx, id);
		if (u.disabled) return { ok: false, errors: { form: 'user.is_disabled' } } as const;
		const kind = u.passwordHash === null ? 'invite' : 'reset';
		const token = issueUserToken(tx, id, kind, actor.id, now);
		queueMail(tx, kind, [id], { link: invitePath(token) }, now);
		writeAudit(
			tx,
			actorOf(actor),
			{ entity: 'user', entityId: id, operation: `${kind}_link` },
			now
		);
		return { ok: true, token } as const;
	});
}

/** For a lost authenticator: the user enrols again at the next sign-in. */
export function resetUserTwoFactor(db: DB, actor: SessionUser, id: number, now: Date): Result {
	return db.transaction((tx) => {
		const u = loadForChange(tx, id);
		if (u.totpKey === null) return { ok: false, errors: { form: 'twofa.not_enabled' } } as const;
		tx.update(userTable)
			.set({ totpKey: null, totpLastCounter: null, recoveryCodes: null })
			.where(eq(userTable.id, id))
			.run();
		invalidateUserSessions(tx, id);
		writeAudit(tx, actorOf(actor), { entity: 'user', entityId: id, operation: 'totp_reset' }, now);
		return { ok: true } as const;
	});
}
