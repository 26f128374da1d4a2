// Two-factor enrolment and verification. The TOTP key is stored sealed (secret-box.ts) and bound
// to the user's id; while enrolling, the new key travels in the form as a box bound to the user
// and the session, so nothing is written until the user proves their app has the key.
import { eq } from 'drizzle-orm';
import QRCode from 'qrcode';
import { encodeBase64urlNoPadding, decodeBase64urlIgnorePadding } from '@oslojs/encoding';
import { user as userTable } from '../db/schema';
import { writeAudit } from '../audit';
import { open, seal } from './secret-box';
import { formatSecret, generateTotpKey, matchTotp, totpUri } from './totp';
import { generateRecoveryCodes, parseStoredHashes, useRecoveryCode } from './recovery-codes';
import { clearFailures, lockRemaining, recordFailure } from './throttle';
import { markSessionTwoFactorVerified } from './session';
import { requiresTwoFactor } from './policy';
import { recordSecurityEvent } from '../security-events';
import type { DB } from '../db/connect';
import type { Tx } from '../audit';
import type { SessionUser } from './session';

type UserRow = typeof userTable.$inferSelect;
export type CodeError = 'twofa.invalid' | 'twofa.locked' | 'twofa.enrol_expired';
export type CodeResult<T = object> =
	| ({ ok: true } & T)
	| {
			ok: false;
			error: CodeError | 'twofa.already_enabled' | 'twofa.not_enabled' | 'twofa.required';
			retryAfterMs?: number;
	  };

const keyAad = (userId: number) => `totp:${userId}`;
const enrolAad = (userId: number, sessionId: string) => `totp-enrol:${userId}:${sessionId}`;
const actorOf = (u: { id: number; role: string }) => ({ id: u.id, role: u.role });

type FactorColumns = Partial<Pick<UserRow, 'totpKey' | 'totpLastCounter' | 'recoveryCodes'>>;

/** Every change of a user's second factor: the columns it sets, audited on the user. */
function changeFactor(
	tx: Tx,
	u: { id: number; role: string },
	set: FactorColumns,
	operation: string,
	now: Date,
	after?: unknown
) {
	tx.update(userTable).set(set).where(eq(userTable.id, u.id)).run();
	writeAudit(tx, actorOf(u), { entity: 'user', entityId: u.id, operation, after }, now);
}

export interface Enrolment {
	/** the key, sealed for the form's hidden field */
	token: string;
	secret: string;
	uri: string;
	qrDataUrl: string;
}

/** What the setup page shows for `key` (a new one unless the user is retrying with theirs). */
export async function describeEnrolment(
	user: SessionUser,
	sessionId: string,
	key: Uint8Array = generateTotpKey()
): Promise<Enrolment> {
	const uri = totpUri(user.email, key);
	const svg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
	return {
		token: encodeBase64urlNoPadding(seal(key, enrolAad(user.id, sessionId))),
		secret: formatSecret(key),
		uri,
		qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
	};
}

/** The key in an enrolment token, or null if it is not this user's and session's. */
export function readEnrolmentToken(
	token: string,
	userId: number,
	sessionId: string
): Uint8Array | null {
	try {
		return open(decodeBase64urlIgnorePadding(token), enrolAad(userId, sessionId));
	} catch {
		return null;
	}
}

export function readTotpKey(row: Pick<UserRow, 'id' | 'totpKey'>): Uint8Array | null {
	return row.totpKey ? open(row.totpKey, keyAad(row.id)) : null;
}

function getRow(db: Pick<DB, 'select'>, userId: number): UserRow {
	const row = db.select().from(userTable).where(eq(userTable.id, userId)).get();
	if (!row) throw new Error(`user ${userId} not found`);
	return row;
}

/** Runs `check` under the per-user code throttle. */
function throttled<T>(
	db: DB,
	userId: number,
	now: Date,
	check: () => CodeResult<T>
): CodeResult<T> {
	const wait = lockRemaining(db, 'totp', String(userId), now);
	const actor = { id: userId, role: getRow(db, userId).role };
	if (wait > 0) {
		recordSecurityEvent(db, 'second_factor_throttled', actor, { waitMs: wait }, now);
		return { ok: false, error: 'twofa.locked', retryAfterMs: wait };
	}
	const result = check();
	if (result.ok) clearFailures(db, 'totp', String(userId));
	else if (result.error === 'twofa.invalid') {
		const waitMs = recordFailure(db, 'totp', String(userId), now);
		recordSecurityEvent(db, 'second_factor_failed', actor, { waitMs }, now);
	}
	return result;
}

/** Checks the user's enrolment with `code` and, on success, stores it with recovery codes. */
export function confirmEnrolment(
	db: DB,
	user: SessionUser,
	sessionId: string,
	token: string,
	code: string,
	now: Date
): CodeResult<{ recoveryCodes: string[] }> {
	return throttled<{ recoveryCodes: string[] }>(db, user.id, now, () => {
		const row = getRow(db, user.id);
		if (row.totpKey) return { ok: false, error: 'twofa.already_enabled' };
		const key = readEnrolmentToken(token, user.id, sessionId);
		if (!key) return { ok: false, error: 'twofa.enrol_expired' };
		const counter = matchTotp(key, code, now, null);
		if (counter === null) return { ok: false, error: 'twofa.invalid' };
		const { codes, hashes } = generateRecoveryCodes();
		db.transaction((tx) => {
			const set = {
				totpKey: seal(key, keyAad(user.id)),
				totpLastCounter: counter,
				recoveryCodes: JSON.stringify(hashes)
			};
			changeFactor(tx, user, set, 'totp_enrol', now);
			markSessionTwoFactorVerified(tx, sessionId, now);
		});
		return { ok: true, recoveryCodes: codes };
	});
}

/** Accepts a TOTP code (not replayed) or an unused recovery code, and records its use. */
function consumeCode(tx: Tx, row: UserRow, code: string, now: Date): 'totp' | 'recovery' | null {
	const key = readTotpKey(row);
	if (!key) return null;
	if (/^\s*\d{6}\s*$/.test(code)) {
		const counter = matchTotp(key, code, now, row.totpLastCounter);
		if (counter === null) return null;
		tx.update(userTable).set({ totpLastCounter: counter }).where(eq(userTable.id, row.id)).run();
		return 'totp';
	}
	const left = useRecoveryCode(parseStoredHashes(row.recoveryCodes), code);
	if (left === null) return null;
	const set = { recoveryCodes: JSON.stringify(left) };
	changeFactor(tx, row, set, 'recovery_code_used', now, { left: left.length });
	return 'recovery';
}

/** The second step of signing in: on success the session counts as two-factor verified. */
export function verifySecondFactor(
	db: DB,
	userId: number,
	sessionId: string,
	code: string,
	now: Date
): CodeResult<{ method: 'totp' | 'recovery' }> {
	return throttled<{ method: 'totp' | 'recovery' }>(db, userId, now, () =>
		db.transaction((tx) => {
			const row = getRow(tx, userId);
			if (!row.totpKey) return { ok: false, error: 'twofa.not_enabled' } as const;
			const method = consumeCode(tx, row, code, now);
			if (method === null) return { ok: false, error: 'twofa.invalid' } as const;
			markSessionTwoFactorVerified(tx, sessionId, now);
			return { ok: true, method } as const;
		})
	);
}

/** New recovery codes (the old ones stop working); needs a current code. */
export function regenerateRecoveryCodes(
	db: DB,
	user: SessionUser,
	code: string,
	now: Date
): CodeResult<{ recoveryCodes: string[] }> {
	return throttled<{ recoveryCodes: string[] }>(db, user.id, now, () =>
		db.transaction((tx) => {
			const row = getRow(tx, user.id);
			if (!row.totpKey) return { ok: false, error: 'twofa.not_enabled' } as const;
			if (consumeCode(tx, row, code, now) === null)
				return { ok: false, error: 'twofa.invalid' } as const;
			const { codes, hashes } = generateRecoveryCodes();
			const set = { recoveryCodes: JSON.stringify(hashes) };
			changeFactor(tx, user, set, 'recovery_codes_regenerate', now);
			return { ok: true, recoveryCodes: codes } as const;
		})
	);
}

/** Turns two-factor off for a role that may go without it; needs a current code. */
export function disableTwoFactor(db: DB, user: SessionUser, code: string, now: Date): CodeResult {
	if (requiresTwoFactor(user.role)) return { ok: false, error: 'twofa.required' };
	return throttled<object>(db, user.id, now, () =>
		db.transaction((tx) => {
			const row = getRow(tx, user.id);
			if (!row.totpKey) return { ok: false, error: 'twofa.not_enabled' } as const;
			if (consumeCode(tx, row, code, now) === null)
				return { ok: false, error: 'twofa.invalid' } as const;
			const set = { totpKey: null, totpLastCounter: null, recoveryCodes: null };
			changeFactor(tx, user, set, 'totp_disable', now);
			return { ok: true } as const;
		})
	);
}

export function remainingRecoveryCodes(row: Pick<UserRow, 'recoveryCodes'>): number {
	return parseStoredHashes(row.recoveryCodes).length;
}
