// Creates the first (or another) admin account on $DATABASE_URL, migrating it first:
//   npm run create-admin -- --email you@example.org --name "Your Name" [--password …] [--locale az|en]
// Refuses when the email exists. Without --password it generates one and prints it once.
// The account is not a demo account: it must set up two-factor authentication at first sign-in.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/lib/server/db/connect';
import { user } from '../src/lib/server/db/schema';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../src/lib/server/auth/password';
import { checkNewPassword } from '../src/lib/server/forms/password-form';
import { userWords } from '../src/lib/server/auth/password-policy';
import { getUserByEmail, normalizeEmail } from '../src/lib/server/users';
import { SYSTEM_ACTOR, writeAudit } from '../src/lib/server/audit';
import { publicUser } from '../src/lib/server/user-admin';

function fail(message: string): never {
	console.error(`create-admin: ${message}`);
	process.exit(1);
}

const { values } = parseArgs({
	options: {
		email: { type: 'string' },
		name: { type: 'string' },
		password: { type: 'string' },
		locale: { type: 'string', default: 'az' }
	},
	strict: true
});

const email = normalizeEmail(values.email ?? '');
const name = (values.name ?? '').trim();
if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail('give --email with a valid address');
if (name === '') fail('give --name');
if (values.locale !== 'az' && values.locale !== 'en') fail('--locale must be az or en');
const locale = values.locale;

// 20 random bytes as base64url: 27 characters, 160 bits
const generated = values.password === undefined;
const password = values.password ?? randomBytes(20).toString('base64url');
const problem = checkNewPassword(password, password, email, userWords({ email, name }));
if (problem)
	fail(`the password is not acceptable (${problem}; at least ${MIN_PASSWORD_LENGTH} characters)`);

const dbPath = process.env.DATABASE_URL || './data/nap-tracker.db';
const db = openDatabase(dbPath);
try {
	if (getUserByEmail(db, email)) fail(`an account with ${email} already exists in ${dbPath}`);
	const passwordHash = await hashPassword(password);
	const now = new Date();
	db.transaction((tx) => {
		const row = tx
			.insert(user)
			.values({
				email,
				name,
				role: 'admin',
				locale,
				passwordHash,
				isDemo: false,
				passwordChangedAt: now,
				createdAt: now
			})
			.returning()
			.get();
		writeAudit(
			tx,
			SYSTEM_ACTOR,
			{ entity: 'user', entityId: row.id, operation: 'create_admin', after: publicUser(row) },
			now
		);
	});
	console.log(`create-admin: admin ${email} created in ${dbPath}`);
	if (generated) {
		console.log(`create-admin: password (shown only now): ${password}`);
		console.log(
			'create-admin: sign in, set up two-factor authentication, then change this password under My account.'
		);
	}
} finally {
	db.$client.close();
}
