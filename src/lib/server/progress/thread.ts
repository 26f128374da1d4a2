// A report's history (state changes with reasons) and its comment thread.
import { and, asc, eq } from 'drizzle-orm';
import { user, workflowEvent } from '../db/schema';
import { insertComment, MAX_COMMENT } from '../comments';
import { canComment, type Viewer } from './access';
import { getReport, type Me } from './reports';
import { notifyComment } from './notify';
import type { DB } from '../db/connect';

export function reportHistory(db: Pick<DB, 'select'>, reportId: number) {
	return db
		.select({
			id: workflowEvent.id,
			fromState: workflowEvent.fromState,
			toState: workflowEvent.toState,
			reason: workflowEvent.reason,
			at: workflowEvent.at,
			actor: user.name,
			actorRole: user.role
		})
		.from(workflowEvent)
		.leftJoin(user, eq(user.id, workflowEvent.actorId))
		.where(and(eq(workflowEvent.subjectType, 'progress'), eq(workflowEvent.subjectId, reportId)))
		.orderBy(asc(workflowEvent.at), asc(workflowEvent.id))
		.all();
}

export type CommentError = 'not_found' | 'forbidden' | 'empty' | 'too_long';

export function commentOnReport(
	db: DB,
	me: Me & Viewer,
	reportId: number,
	body: string,
	now: Date
): { ok: true; id: number } | { ok: false; error: CommentError } {
	const text = body.trim();
	return db.transaction((tx) => {
		const r = getReport(tx, reportId);
		if (!r) return { ok: false, error: 'not_found' } as const;
		if (!canComment(me, r)) return { ok: false, error: 'forbidden' } as const;
		if (text === '') return { ok: false, error: 'empty' } as const;
		if (text.length > MAX_COMMENT) return { ok: false, error: 'too_long' } as const;
		const id = insertComment(tx, { id: me.id, role: me.role }, 'progress', reportId, text, now);
		notifyComment(tx, me, r, now);
		return { ok: true, id } as const;
	});
}
