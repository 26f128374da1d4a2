// Seals small secrets (TOTP keys) with AES-256-GCM so that a database dump alone does not give
// them away. The key comes from TOTP_ENCRYPTION_KEY (32 bytes as 64 hex chars or base64) or,
// when that is unset, from $DATA_DIR/totp.key, created on first use with mode 0600.
// Losing the key makes every enrolled TOTP key unreadable: those users then need an admin to
// reset their two-factor enrolment. Back the key file up with the database (but not beside it).
// `aad` binds a sealed value to its place (e.g. the user id), so it cannot be moved to another row.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

let cachedKey: Buffer | null = null;

function parseKey(text: string): Buffer {
	const t = text.trim();
	const key = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
	if (key.length !== 32)
		throw new Error('TOTP_ENCRYPTION_KEY must be 32 bytes (64 hex chars or base64)');
	return key;
}

/** The path of the fallback key file. */
export function keyFilePath(): string {
	return resolve(process.env.DATA_DIR || './data', 'totp.key');
}

function loadKey(): Buffer {
	if (cachedKey) return cachedKey;
	const fromEnv = process.env.TOTP_ENCRYPTION_KEY;
	if (fromEnv) return (cachedKey = parseKey(fromEnv));
	const path = keyFilePath();
	if (!existsSync(path)) {
		mkdirSync(dirname(path), { recursive: true });
		// 'wx' fails if another process created it meanwhile; then we read theirs
		try {
			writeFileSync(path, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
		}
	}
	return (cachedKey = parseKey(readFileSync(path, 'utf8')));
}

/** Forget the cached key (tests that change TOTP_ENCRYPTION_KEY). */
export function resetSecretBoxKey(): void {
	cachedKey = null;
}

export function seal(plain: Uint8Array, aad: string): Buffer {
	const iv = randomBytes(IV_BYTES);
	const cipher = createCipheriv('aes-256-gcm', loadKey(), iv);
	cipher.setAAD(Buffer.from(aad, 'utf8'));
	const body = Buffer.concat([cipher.update(plain), cipher.final()]);
	return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

/** The plain bytes, or null when the box was tampered with, moved, or sealed with another key. */
export function open(sealed: Uint8Array, aad: string): Uint8Array | null {
	const buf = Buffer.from(sealed);
	if (buf.length < 1 + IV_BYTES + TAG_BYTES || buf[0] !== VERSION) return null;
	const iv = buf.subarray(1, 1 + IV_BYTES);
	const tag = buf.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
	try {
		const decipher = createDecipheriv('aes-256-gcm', loadKey(), iv);
		decipher.setAAD(Buffer.from(aad, 'utf8'));
		decipher.setAuthTag(tag);
		const body = buf.subarray(1 + IV_BYTES + TAG_BYTES);
		return new Uint8Array(Buffer.concat([decipher.update(body), decipher.final()]));
	} catch {
		return null;
	}
}
