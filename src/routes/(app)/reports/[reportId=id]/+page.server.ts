import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { forbidden, requireUser } from '$lib/server/auth/guards';
import { reportDetail } from '$lib/server/progress/detail';
import {
	canEditReport,
	canReadReport,
	canSeeEvidence,
	canSeeThread,
	isReviewerLike
} from '$lib/server/progress/access';
import { listEvidence } from '$lib/server/progress/evidence';
import { reportHistory } from '$lib/server/progress/thread';
import { listComments } from '$lib/server/comments';
import { isoDay, periodAcceptsWork } from '$lib/server/progress/periods';
import { availableActions } from '$lib/server/workflow';
import { getSetting } from '$lib/server/settings';
import * as act from './report-actions.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const id = Number(event.params.reportId);
	const d = reportDetail(db, id);
	if (!d) error(404, { message: 'not_found' });
	const linked = d.partners.map((p) => p.id);
	if (!canReadReport(user, d.report, linked)) forbidden();
	const now = new Date();
	const thread = canSeeThread(user, d.report);
	return {
		...d,
		today: isoDay(now),
		editable:
			canEditReport(user, d.report) &&
			periodAcceptsWork(db, d.period, d.report.institutionId, d.report.state, now),
		moves: availableActions(user, d.report.state, d.report.institutionId, d.report.submittedBy),
		isReviewer: isReviewerLike(user),
		canComment: thread,
		evidence: listEvidence(db, id).filter((e) =>
			canSeeEvidence(user, e.sensitivity, d.report, linked)
		),
		history: thread ? reportHistory(db, id) : [],
		comments: thread ? listComments(db, 'progress', id) : [],
		maxUploadBytes: getSetting(db, 'maxUploadBytes')
	};
};

export const actions: Actions = {
	save: act.saveAction,
	submit: act.submitAction,
	withdraw: act.moveAction('withdraw'),
	approve: act.moveAction('approve'),
	return: act.moveAction('return'),
	reopen: act.moveAction('reopen'),
	comment: act.commentAction,
	addFile: act.addFileAction,
	addLink: act.addLinkAction,
	removeEvidence: act.removeEvidenceAction
};
