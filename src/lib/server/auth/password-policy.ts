// What a new password may not be, beyond its length (NIST SP 800-63B 3.1.1.2, ASVS 5.0 V6.2):
// - one of the most common passwords (data/common-passwords.ts: the 10,000 most common of 10+
//   characters), also once its case and the digits and symbols around a common word are set
//   aside ("Password1!" is "password");
// - made mostly of context words: the product, the organisations behind it, the institutions,
//   the user's own name and e-mail. What is left once those are taken out must still have
//   MIN_REMAINDER letters or digits, so a passphrase that merely mentions one is accepted.
import { asc } from 'drizzle-orm';
import { institution } from '../db/schema';
import commonList from './data/common-passwords';
import type { DB } from '../db/connect';

const MIN_REMAINDER = 6;
const PRODUCT_WORDS = [
	'nap tracker',
	'naptracker',
	'nap',
	'tracker',
	'iom',
	'bmt',
	'azerbaijan',
	'azərbaycan',
	'baku',
	'bakı',
	'trafficking',
	'insan alveri',
	'insan alverinə',
	'action plan',
	'fəaliyyət planı'
];

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
	common ??= new Set(commonList.split('\n').filter(Boolean));
	return common;
}

/** Lower case without Azerbaijani/Latin diacritics, so "Azərbaycan" and "azerbaycan" are one word. */
function fold(s: string): string {
	return s
		.toLowerCase()
		.replace(/ə/g, 'e')
		.replace(/ı/g, 'i')
		.normalize('NFD')
		.replace(/\p{M}/gu, '');
}

export function isCommonPassword(password: string): boolean {
	const set = commonPasswords();
	const lower = password.toLowerCase();
	const candidates = [
		lower,
		lower.trim(),
		// "1234567890!" -> "1234567890"
		lower.replace(/[^\p{L}\p{N}]+$/u, ''),
		// "Password1!", "!!Basketball2024" -> "password", "basketball"
		lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
	];
	return candidates.some((c) => c.length >= 4 && set.has(c));
}

/** Words of the user and of the deployment that a password must not be built from. */
export function contextWords(
	db: Pick<DB, 'select'>,
	user: { email: string; name?: string | null }
): string[] {
	const institutions = db
		.select({ code: institution.code, az: institution.nameAz, en: institution.nameEn })
		.from(institution)
		.orderBy(asc(institution.id))
		.all();
	return [
		...PRODUCT_WORDS,
		...institutions.flatMap((i) => [i.code, i.az, i.en]),
		...userWords(user)
	];
}

export function userWords(user: { email: string; name?: string | null }): string[] {
	const [local, domain] = user.email.split('@');
	return [user.email, local, domain ?? '', ...local.split(/[._+-]/), user.name ?? ''];
}

/** Each phrase, plus its words of 4+ letters (institution names are long). */
function expand(words: string[]): string[] {
	const out = new Set<string>();
	for (const w of words) {
		const f = fold(w.trim());
		if (f.length >= 3) out.add(f);
		for (const part of f.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 4) out.add(part);
	}
	// longest first, so "naptracker" is taken out before "nap"
	return [...out].sort((a, b) => b.length - a.length);
}

export function isMadeOfContext(password: string, context: string[]): boolean {
	let rest = fold(password);
	for (const word of expand(context)) rest = rest.split(word).join(' ');
	// the same word twice without a separator ("leylaleyla") also leaves nothing
	const letters = rest.replace(/[^\p{L}\p{N}]/gu, '');
	return letters.length < MIN_REMAINDER || /^(\d)\1*$|^\d{1,8}$/.test(letters);
}

export type PasswordProblem = 'password.common' | 'password.context';

/** Why the (long enough) password is refused, or null. */
export function passwordProblem(password: string, context: string[]): PasswordProblem | null {
	if (isCommonPassword(password)) return 'password.common';
	if (isMadeOfContext(password, context)) return 'password.context';
	return null;
}
