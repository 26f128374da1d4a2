import { eq } from 'drizzle-orm';
import { user } from './db/schema';
import type { DB } from './db/connect';
import type { Locale } from '../i18n/core';

export function normalizeEmail(email: string): string {
	return email.trim().toLowerCase();
}

export function getUserByEmail(db: DB, email: string) {
	return (
		db
			.select()
			.from(user)
			.where(eq(user.email, normalizeEmail(email)))
			.get() ?? null
	);
}

export function getUserById(db: DB, id: number) {
	return db.select().from(user).where(eq(user.id, id)).get() ?? null;
}

export function setUserLocale(db: DB, userId: number, locale: Locale): void {
	db.update(user).set({ locale }).where(eq(user.id, userId)).run();
}
