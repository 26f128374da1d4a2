import { eq } from 'drizzle-orm';
import { hashPassword } from '../../src/lib/server/auth/password';
import { institution, user, type Role } from '../../src/lib/server/db/schema';
import type { SeedContext } from '../context';

// Demo accounts only: created by the demo seed, never by the production start.
export const DEMO_PASSWORD = 'demo-password';
export const DEMO_USERS: {
	email: string;
	name: string;
	role: Role;
	institution?: string;
	locale: 'az' | 'en';
}[] = [
	{ email: 'admin@nap.test', name: 'Aysel Admin', role: 'admin', locale: 'en' },
	{
		email: 'reviewer@nap.test',
		name: 'Rəşad Rəyçi (IOM)',
		role: 'reviewer',
		institution: 'IOM',
		locale: 'en'
	},
	{
		email: 'mia@nap.test',
		name: 'Murad Məmmədov',
		role: 'focal_point',
		institution: 'MIA',
		locale: 'az'
	},
	{
		email: 'pgo@nap.test',
		name: 'Pərvin Qasımova',
		role: 'focal_point',
		institution: 'PGO',
		locale: 'az'
	},
	{
		email: 'vac@nap.test',
		name: 'Vüsalə Cəfərova',
		role: 'focal_point',
		institution: 'VAC',
		locale: 'az'
	},
	{
		email: 'ngo@nap.test',
		name: 'Nərgiz Əliyeva',
		role: 'focal_point',
		institution: 'NGO_TEMIZ_DUNYA',
		locale: 'en'
	},
	{ email: 'donor@nap.test', name: 'Dana Donor', role: 'donor', locale: 'en' }
];

export default async function seedUsers({ db, log }: SeedContext) {
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	for (const u of DEMO_USERS) {
		const inst = u.institution
			? db.select().from(institution).where(eq(institution.code, u.institution)).get()
			: null;
		db.insert(user)
			.values({
				email: u.email,
				name: u.name,
				role: u.role,
				institutionId:
					u.role === 'focal_point' || u.role === 'reviewer' ? (inst?.id ?? null) : null,
				locale: u.locale,
				passwordHash,
				isDemo: true
			})
			.onConflictDoNothing()
			.run();
	}
	log(`${DEMO_USERS.length} demo users (password: ${DEMO_PASSWORD})`);
}
