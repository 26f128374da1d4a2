// Who may see and touch a progress report. Pure functions: every load, action and endpoint asks
// these with the report and the institutions linked to its action.
import { isEditable } from '../workflow';
import type { WorkflowState } from '../db/schema';

export interface Viewer {
	id: number;
	role: string;
	institutionId: number | null;
}

export interface ReportRef {
	institutionId: number;
	state: WorkflowState;
}

export const isReviewerLike = (v: Viewer) => v.role === 'admin' || v.role === 'reviewer';
const isOwner = (v: Viewer, r: ReportRef) =>
	v.role === 'focal_point' && v.institutionId === r.institutionId;

/**
 * Reviewers and admins read everything; a focal point reads its own institution's reports in any
 * state, and a partner institution's report on a shared action once it is approved (never a draft).
 */
export function canReadReport(v: Viewer, r: ReportRef, linkedInstitutionIds: number[]): boolean {
	if (isReviewerLike(v)) return true;
	if (v.role !== 'focal_point' || v.institutionId === null) return false;
	if (isOwner(v, r)) return true;
	return r.state === 'approved' && linkedInstitutionIds.includes(v.institutionId);
}

/** Only the owning institution's focal points edit, and only while the report is theirs to edit. */
export function canEditReport(v: Viewer, r: ReportRef): boolean {
	return isOwner(v, r) && isEditable(r.state);
}

/** The comment thread is between the owning institution and the reviewers. */
export function canComment(v: Viewer, r: ReportRef): boolean {
	return isReviewerLike(v) || isOwner(v, r);
}

/** The thread and the full history are for the same people as the comments. */
export const canSeeThread = canComment;

export type Sensitivity = 'public' | 'partners' | 'reviewers';

/**
 * Evidence visibility: public — anyone who may read the report; partners — also the institutions
 * on the same action; reviewers only — reviewers, admins and the institution that reported it.
 */
export function canSeeEvidence(
	v: Viewer,
	sensitivity: Sensitivity,
	r: ReportRef,
	linkedInstitutionIds: number[]
): boolean {
	if (!canReadReport(v, r, linkedInstitutionIds)) return false;
	if (isReviewerLike(v) || isOwner(v, r)) return true;
	if (sensitivity === 'public') return true;
	if (sensitivity === 'partners')
		return v.institutionId !== null && linkedInstitutionIds.includes(v.institutionId);
	return false;
}
