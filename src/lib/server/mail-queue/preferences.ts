// Each user's mail settings: the optional kinds of their role they turned off (mail_opt_out).
// Invitations and reset links cannot be turned off.
import { and, eq, inArray } from 'drizzle-orm';
import { mailOptOut, type MailKind } from '../db/schema';
import { writeAudit } from '../audit';
import { optionalKindsFor } from './queue';
import type { DB } from '../db/connect';

export function mailPreferences(
	db: Pick<DB, 'select'>,
	u: { id: number; role: string }
): { kind: MailKind; enabled: boolean }[] {
	const off = new Set(
		db
			.select({ kind: mailOptOut.kind })
			.from(mailOptOut)
			.where(eq(mailOptOut.userId, u.id))
			.all()
			.map((r) => r.kind)
	);
	return optionalKindsFor(u.role).map((kind) => ({ kind, enabled: !off.has(kind) }));
}

/** Keeps exactly the role's optional kinds not in `enabled` turned off; audited when it changes. */
export function setMailPreferences(
	db: DB,
	u: { id: number; role: string },
	enabled: string[],
	now: Date
): void {
	const kinds = optionalKindsFor(u.role);
	db.transaction((tx) => {
		const before = mailPreferences(tx, u);
		const off = kinds.filter((k) => !enabled.includes(k));
		if (kinds.length)
			tx.delete(mailOptOut)
				.where(and(eq(mailOptOut.userId, u.id), inArray(mailOptOut.kind, kinds)))
				.run();
		if (off.length)
			tx.insert(mailOptOut)
				.values(off.map((kind) => ({ userId: u.id, kind })))
				.run();
		const was = before.filter((p) => !p.enabled).map((p) => p.kind);
		if (was.join() !== off.join())
			writeAudit(
				tx,
				{ id: u.id, role: u.role },
				{
					entity: 'user',
					entityId: u.id,
					operation: 'mail_preferences',
					before: { mailOff: was },
					after: { mailOff: off }
				},
				now
			);
	});
}
