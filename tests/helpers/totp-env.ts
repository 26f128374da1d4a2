// Unit tests seal TOTP keys with a fixed key from the environment, never a key file on disk.
import { resetSecretBoxKey } from '../../src/lib/server/auth/secret-box';

export function useTestTotpKey(hex = '11'.repeat(32)): void {
	process.env.TOTP_ENCRYPTION_KEY = hex;
	resetSecretBoxKey();
}
