// In-app notifications: a message key plus JSON params, rendered in the reader's language.
import { and, count, desc, eq, isNull, inArray } from 'drizzle-orm';
import { institution, notification, reportingPeriod, user } from './db/schema';
import type { DB } from './db/connect';

type Q = Pick<DB, 'select' | 'insert'>;

export interface NotificationInput {
	kind: string;
	messageKey: string;
	params?: Record<string, string | number>;
	link?: string | null;
}

export function notify(tx: Q, userIds: number[], n: NotificationInput, now: Date): void {
	const ids = [...new Set(userIds)];
	if (ids.length === 0) return;
	tx.insert(notification)
		.values(
			ids.map((userId) => ({
				userId,
				kind: n.kind,
				messageKey: n.messageKey,
				params: n.params ? JSON.stringify(n.params) : null,
				link: n.link ?? null,
				createdAt: now
			}))
		)
		.run();
}

function codeOf(
	db: Pick<DB, 'select'>,
	t: typeof institution | typeof reportingPeriod,
	id: number
) {
	return db.select({ code: t.code }).from(t).where(eq(t.id, id)).get()?.code ?? '?';
}

/**
 * The codes a message names a report by (any kind: progress, statistics): its institution's and
 * its period's, `?` for one that is gone.
 */
export function subjectCodes(
	db: Pick<DB, 'select'>,
	r: { institutionId: number; periodId: number }
): { institution: string; period: string } {
	return {
		institution: codeOf(db, institution, r.institutionId),
		period: codeOf(db, reportingPeriod, r.periodId)
	};
}

/** Active focal points of an institution. */
export function focalPointsOf(db: Pick<DB, 'select'>, institutionId: number) {
	return db
		.select({ id: user.id, email: user.email, name: user.name, locale: user.locale })
		.from(user)
		.where(
			and(
				eq(user.institutionId, institutionId),
				eq(user.role, 'focal_point'),
				eq(user.disabled, false)
			)
		)
		.all();
}

/** Active reviewers (the people who review and chase late institutions). */
export function activeReviewers(db: Pick<DB, 'select'>) {
	return db
		.select({ id: user.id, email: user.email, name: user.name, locale: user.locale })
		.from(user)
		.where(and(eq(user.role, 'reviewer'), eq(user.disabled, false)))
		.all();
}

export function countUnread(db: Pick<DB, 'select'>, userId: number): number {
	return (
		db
			.select({ n: count() })
			.from(notification)
			.where(and(eq(notification.userId, userId), isNull(notification.readAt)))
			.get()?.n ?? 0
	);
}

export function listNotifications(db: Pick<DB, 'select'>, userId: number, limit = 100) {
	return db
		.select()
		.from(notification)
		.where(eq(notification.userId, userId))
		.orderBy(desc(notification.createdAt), desc(notification.id))
		.limit(limit)
		.all()
		.map((n) => ({
			...n,
			params: n.params ? (JSON.parse(n.params) as Record<string, string | number>) : {}
		}));
}

/** Marks the user's own notifications read (all when ids is empty); others' ids are ignored. */
export function markRead(db: Pick<DB, 'update'>, userId: number, ids: number[], now: Date): number {
	const where =
		ids.length === 0
			? and(eq(notification.userId, userId), isNull(notification.readAt))
			: and(
					eq(notification.userId, userId),
					isNull(notification.readAt),
					inArray(notification.id, ids)
				);
	return db.update(notification).set({ readAt: now }).where(where).run().changes;
}
