// The comment thread on a workflow subject (progress or statistics report).
import { and, asc, eq } from 'drizzle-orm';
import { comment, user } from './db/schema';
import type { SubjectType } from './db/schema';
import { writeAudit, type Actor, type Tx } from './audit';
import type { DB } from './db/connect';

export const MAX_COMMENT = 5_000;

export function listComments(db: Pick<DB, 'select'>, subjectType: SubjectType, subjectId: number) {
	return db
		.select({
			id: comment.id,
			body: comment.body,
			createdAt: comment.createdAt,
			author: user.name,
			authorRole: user.role
		})
		.from(comment)
		.innerJoin(user, eq(user.id, comment.authorId))
		.where(and(eq(comment.subjectType, subjectType), eq(comment.subjectId, subjectId)))
		.orderBy(asc(comment.createdAt), asc(comment.id))
		.all();
}

/** Inserts a comment with its audit row; the caller has checked that the actor may comment. */
export function insertComment(
	tx: Tx,
	actor: Actor & { id: number },
	subjectType: SubjectType,
	subjectId: number,
	body: string,
	now: Date
): number {
	const row = tx
		.insert(comment)
		.values({ subjectType, subjectId, authorId: actor.id, body, createdAt: now })
		.returning({ id: comment.id })
		.get();
	writeAudit(
		tx,
		actor,
		{
			entity: 'comment',
			entityId: row.id,
			operation: 'create',
			after: { subjectType, subjectId, body }
		},
		now
	);
	return row.id;
}
