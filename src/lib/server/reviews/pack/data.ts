// Everything the round-table pack says, resolved into one language, so that the DOCX writer and
// the print page only lay it out. Scope: the whole plan, one aim, or one institution.
import type { DB } from '../../db/connect';
import { translate, type Locale } from '../../../i18n/core';
import { formatDate } from '../../../format';
import { bakuDay } from '../../../dates';
import { snapshotName } from '../../../snapshot-name';
import { getSetting } from '../../settings';
import { loadPlanView, leadsOf, type ViewAction } from '../plan-view';
import { progressRows, sourceDate, sourceLabel, type Source } from '../snapshot-source';
import { actionStatuses, type ActionStatus } from '../../plan/action-status';
import { isPastDeadline, overdueByInstitution, overdueReports, rowsByAction } from '../status';
import { keyFigures, packResults, type KeyFigure, type PackResults } from './results';
import { STATUS_COLORS, STATUS_ORDER } from './colors';

export type PackScope =
	| { kind: 'plan' }
	| { kind: 'aim'; sectionId: number }
	| { kind: 'institution'; institutionId: number };

export interface PackOptions {
	source: Source;
	scope: PackScope;
	locale: Locale;
	audience: 'internal' | 'donor';
	now: Date;
}

export interface PackAction {
	code: string;
	text: string;
	sample: boolean;
	leads: string;
	status: ActionStatus;
	statusLabel: string;
	deadline: string;
	/** whether any body has an approved report on it */
	reported: boolean;
	/** a round-table decision withdrawn by the pack's as-of date: "withdrawn on 3 May 2024" */
	withdrawn: string | null;
	summary: { institution: string; text: string }[];
}

export interface PackAim {
	code: string;
	title: string;
	counts: Partial<Record<ActionStatus, number>>;
	total: number;
	actions: PackAction[];
}

export interface PackData {
	locale: Locale;
	audience: PackOptions['audience'];
	planTitle: string;
	/** the snapshot's name, or "live data" */
	reviewName: string;
	/** the year before the plan starts, which its figures are compared with */
	baselineYear: number;
	keyFigures: KeyFigure[];
	/** texts printed in the other language (each marked in the document) */
	untranslated: string[];
	planRef: string | null;
	sourceText: string;
	asOf: string;
	scopeText: string;
	preparedOn: string;
	aims: PackAim[];
	legend: { key: ActionStatus; label: string; color: string }[];
	late: (PackAction & { reason: string })[];
	overdueInstitutions: { name: string; count: number }[];
	obstacles: { code: string; institution: string; text: string }[];
	decisions: PackAction[];
	/** the results view's tables for the pack's source, scope and audience */
	results: PackResults;
	suppressionNote: string | null;
}

const SUMMARY_MAX = 400;

/** Shortens a narrative at a word boundary. */
export function summarise(text: string, max = SUMMARY_MAX): string {
	const t = text.replace(/\s+/g, ' ').trim();
	if (t.length <= max) return t;
	const cut = t.slice(0, max);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40))}…`;
}

export function buildPackData(db: DB, o: PackOptions): PackData | null {
	const view = loadPlanView(db, o.source.planId);
	if (!view) return null;
	const L = o.locale;
	const tr = (k: string, p?: Record<string, string | number>) => translate(L, k, p);
	// a text missing in the pack's language is printed in the other one, visibly marked
	const untranslated: string[] = [];
	const mark = ` [${tr('pack.other_language')}]`;
	const choose = (az: string | null, en: string | null, max?: number) => {
		const own = (L === 'az' ? az : en)?.trim() || null;
		const other = (L === 'az' ? en : az)?.trim() || null;
		const raw = own ?? other ?? '';
		const text = max ? summarise(raw, max) : raw;
		if (own !== null || other === null) return text;
		untranslated.push(summarise(raw, 80));
		return text + mark;
	};
	const pick = (az: string | null, en: string | null) => choose(az, en);
	const instName = (id: number) => {
		const i = view.institutions.get(id);
		return i ? pick(i.nameAz, i.nameEn) : `#${id}`;
	};
	const asOf = sourceDate(o.source);
	const scopeInst = o.scope.kind === 'institution' ? o.scope.institutionId : null;
	const inScope = (a: ViewAction) =>
		o.scope.kind === 'plan' ||
		(o.scope.kind === 'aim' && a.sectionId === o.scope.sectionId) ||
		(scopeInst !== null && a.institutions.some((i) => i.institutionId === scopeInst));

	const rows = progressRows(db, o.source).filter(
		(r) => scopeInst === null || r.institutionId === scopeInst
	);
	const statuses = actionStatuses(rows);
	const byAction = rowsByAction(rows);
	const statusLabel = (s: ActionStatus) => tr(`reviews.status.${s}`);

	const toPackAction = (a: ViewAction): PackAction => {
		const status = statuses.get(a.id) ?? 'no_report';
		return {
			code: a.code,
			text: pick(a.textAz, a.textEn),
			sample: a.sample,
			leads: leadsOf(a).map(instName).join('; '),
			status,
			statusLabel: statusLabel(status),
			deadline: a.dueDate ? formatDate(a.dueDate, L) : a.endYear ? String(a.endYear) : '',
			reported: byAction.has(a.id),
			// withdrawn after the review's date: as of that date it was still owed
			withdrawn:
				a.withdrawnAt && bakuDay(a.withdrawnAt) <= asOf
					? tr('pack.withdrawn_on', { date: formatDate(bakuDay(a.withdrawnAt), L) })
					: null,
			summary: (byAction.get(a.id) ?? [])
				.map((r) => ({
					institution: instName(r.institutionId),
					text: choose(r.doneAz, r.doneEn, SUMMARY_MAX)
				}))
				.filter((s) => s.text !== '')
		};
	};

	const planActions = view.actions.filter((a) => a.kind === 'action' && inScope(a));
	const sections =
		o.scope.kind === 'aim'
			? view.sections.filter((s) => s.id === (o.scope as { sectionId: number }).sectionId)
			: view.sections;
	const aims: PackAim[] = sections
		.map((s) => {
			const actions = planActions.filter((a) => a.sectionId === s.id).map(toPackAction);
			const counts: PackAim['counts'] = {};
			for (const a of actions) counts[a.status] = (counts[a.status] ?? 0) + 1;
			return {
				code: s.code,
				title: pick(s.titleAz, s.titleEn),
				counts,
				total: actions.length,
				actions
			};
		})
		.filter((s) => s.total > 0 || o.scope.kind === 'aim');

	const late = planActions
		.map((a) => ({ a, p: toPackAction(a) }))
		.filter(({ a, p }) => p.status === 'delayed' || isPastDeadline(a, p.status, asOf))
		.map(({ a, p }) => ({
			...p,
			reason:
				p.status === 'delayed'
					? tr('pack.late.delayed')
					: tr('pack.late.past_deadline', { deadline: a.dueDate ?? String(a.endYear) })
		}));

	const overdue = overdueByInstitution(
		overdueReports(view, rows, asOf).filter((i) =>
			inScope(view.actions.find((a) => a.id === i.actionId)!)
		)
	);
	const overdueInstitutions = [...overdue]
		.filter(([id]) => scopeInst === null || id === scopeInst)
		.map(([id, count]) => ({ name: instName(id), count }))
		.sort((x, y) => y.count - x.count || x.name.localeCompare(y.name, L));

	const codeOf = new Map(view.actions.map((a) => [a.id, a]));
	const obstacles = rows
		.filter(
			(r) =>
				(r.obstaclesAz || r.obstaclesEn) &&
				codeOf.has(r.actionId) &&
				inScope(codeOf.get(r.actionId)!)
		)
		.map((r) => ({
			code: codeOf.get(r.actionId)!.code,
			sortKey: codeOf.get(r.actionId)!.sortKey,
			institution: instName(r.institutionId),
			text: choose(r.obstaclesAz, r.obstaclesEn, SUMMARY_MAX)
		}))
		.sort((x, y) => x.sortKey.localeCompare(y.sortKey))
		.map(({ sortKey: _s, ...rest }) => rest);

	const decisions =
		o.scope.kind === 'aim'
			? []
			: view.actions.filter((a) => a.kind === 'decision' && inScope(a)).map(toPackAction);
	const threshold = getSetting(db, 'disclosureThreshold');
	const label = sourceLabel(o.source, L);
	const scopeText =
		o.scope.kind === 'plan'
			? tr('pack.scope.plan')
			: o.scope.kind === 'aim'
				? `${aims[0]?.code ?? ''} ${aims[0]?.title ?? ''}`.trim()
				: instName(o.scope.institutionId);

	const p = view.plan;
	const results = packResults(db, {
		source: o.source,
		plan: {
			id: p.id,
			code: p.code,
			title: { az: p.titleAz, en: p.titleEn },
			startYear: p.startYear,
			endYear: p.endYear
		},
		scope: o.scope,
		audience: o.audience,
		threshold
	});
	const baselineYear = view.plan.startYear - 1;
	return {
		locale: L,
		audience: o.audience,
		planTitle: pick(view.plan.titleAz, view.plan.titleEn),
		reviewName: o.source.kind === 'snapshot' ? snapshotName(o.source.snapshot, L) : tr('pack.live'),
		baselineYear,
		keyFigures: keyFigures(results, L),
		untranslated: [...new Set(untranslated)],
		planRef: view.plan.approvalRef,
		sourceText: tr(label.key, {
			...label.params,
			date: formatDate(asOf, L)
		}),
		asOf,
		scopeText,
		preparedOn: formatDate(o.now, L),
		aims,
		legend: STATUS_ORDER.map((key) => ({
			key,
			label: statusLabel(key),
			color: STATUS_COLORS[key]
		})),
		late,
		overdueInstitutions,
		obstacles,
		decisions,
		results,
		suppressionNote:
			o.audience === 'donor'
				? tr('pack.results_suppressed', { threshold, next: threshold + 1 })
				: null
	};
}

/** What the whole-plan pack would print in the other language, per pack language (shown before generating). */
export function missingTranslations(db: DB, source: Source, now: Date) {
	const of = (locale: Locale) =>
		buildPackData(db, { source, scope: { kind: 'plan' }, locale, audience: 'internal', now })
			?.untranslated ?? [];
	return { az: of('az'), en: of('en') };
}
