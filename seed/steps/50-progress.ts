// Demo progress reports for 4NAP-CT so that the pages look lived-in: for the closed 2020–2022
// periods most reports are approved (some after a return), some are still returned with the
// reviewer's reason, a few wait for review, a few were never submitted; 2023-H1 is partly done,
// the later periods are left to the users (and the browser tests). Built from whatever actions
// and institution links exist, through the real workflow (history, audit, notifications).
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import {
	action,
	actionInstitution,
	institution,
	plan,
	planSection,
	progressReport,
	reportingPeriod,
	user
} from '../../src/lib/server/db/schema';
import type { DB } from '../../src/lib/server/db/connect';
import { SYSTEM_ACTOR, writeAudit } from '../../src/lib/server/audit';
import { transition } from '../../src/lib/server/workflow';
import { insertComment } from '../../src/lib/server/comments';
import { actionActiveIn } from '../../src/lib/server/progress/assignments';
import {
	FOCAL_REPLIES,
	RETURN_REASONS,
	SPECIAL,
	genericNarrative,
	type Narrative
} from '../progress-texts';
import type { SeedContext } from '../context';

const DAY = 86_400_000;

/** Deterministic 0..1 from a string (FNV-1a), so every seed run gives the same demo. */
function rand(key: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
	return ((h >>> 0) % 100_000) / 100_000;
}

type Fate = 'approved' | 'approved_after_return' | 'returned' | 'submitted' | 'draft' | 'missing';

function fateOf(
	r: number,
	closed: boolean,
	role: string,
	demo: boolean,
	lastClosed: boolean
): Fate {
	if (role === 'recommended' && r < 0.6) return 'missing';
	const table: [number, Fate][] = closed
		? [
				[0.62, 'approved'],
				[0.74, 'approved_after_return'],
				[0.8, 'returned'],
				[0.83, 'submitted'],
				[0.87, 'draft']
			]
		: [
				[0.2, 'approved'],
				[0.27, 'submitted'],
				[0.4, 'draft'],
				[0.45, 'returned']
			];
	const shift = demo ? -0.05 : 0; // the demo institutions are a little more diligent
	for (const [limit, fate] of table) {
		if (r >= limit - shift) continue;
		// long-closed periods were reviewed long ago; only the last one still has a small queue
		return fate === 'submitted' && closed && !lastClosed ? 'approved' : fate;
	}
	return 'missing';
}

export default function seedProgress({ db, log }: SeedContext) {
	if (db.select({ id: progressReport.id }).from(progressReport).limit(1).get()) {
		log('progress reports exist; skipping');
		return;
	}
	const p = db.select().from(plan).where(eq(plan.code, '4NAP-CT')).get();
	if (!p) throw new Error('plan 4NAP-CT missing');
	const periods = db
		.select()
		.from(reportingPeriod)
		.where(and(eq(reportingPeriod.planId, p.id), eq(reportingPeriod.scope, 'progress')))
		.orderBy(asc(reportingPeriod.startDate))
		.all()
		.filter((x) => x.startDate < '2023-07-01');
	const links = db
		.select({
			actionId: action.id,
			code: action.code,
			textEn: action.textEn,
			startYear: action.startYear,
			endYear: action.endYear,
			dueDate: action.dueDate,
			sectionCode: planSection.code,
			institutionId: actionInstitution.institutionId,
			instCode: institution.code,
			role: actionInstitution.role
		})
		.from(actionInstitution)
		.innerJoin(action, eq(action.id, actionInstitution.actionId))
		.innerJoin(institution, eq(institution.id, actionInstitution.institutionId))
		.leftJoin(planSection, eq(planSection.id, action.sectionId))
		.where(eq(action.planId, p.id))
		.all();
	const focal = new Map(
		db
			.select()
			.from(user)
			.where(and(eq(user.role, 'focal_point'), isNotNull(user.institutionId)))
			.all()
			.map((u) => [u.institutionId!, u])
	);
	const reviewer = db.select().from(user).where(eq(user.role, 'reviewer')).get() ?? null;
	const rv = { id: reviewer?.id ?? null, role: 'reviewer', institutionId: null as number | null };
	const counts: Record<string, number> = {};
	const lastClosed = periods.filter((x) => x.status === 'closed').at(-1)?.id;

	db.transaction((tx) => {
		for (const period of periods) {
			const closed = period.status === 'closed';
			const due = new Date(`${period.dueDate}T10:00:00Z`).getTime();
			for (const l of links) {
				if (!actionActiveIn(l, period)) continue;
				const key = `${l.actionId}:${l.institutionId}:${period.code}`;
				const fate = fateOf(
					rand(key),
					closed,
					l.role,
					focal.has(l.institutionId),
					period.id === lastClosed
				);
				counts[fate] = (counts[fate] ?? 0) + 1;
				if (fate === 'missing') continue;
				const fp = focal.get(l.institutionId);
				const actor = { id: fp?.id ?? null, role: 'focal_point', institutionId: l.institutionId };
				const at = (days: number) => new Date(due + days * DAY);
				const text = narrativeFor(l, period.code, rand(`${key}:text`));
				const langs = rand(`${key}:lang`);
				const progress = progressFor(l, period.startDate, rand(`${key}:pct`));
				const row = tx
					.insert(progressReport)
					.values({
						actionId: l.actionId,
						institutionId: l.institutionId,
						periodId: period.id,
						status: progress.status,
						percent: progress.percent,
						doneAz: langs < 0.9 ? text.doneAz : null,
						doneEn: langs > 0.15 ? text.doneEn : null,
						obstaclesAz: langs < 0.9 ? (text.obstaclesAz ?? null) : null,
						obstaclesEn: langs > 0.15 ? (text.obstaclesEn ?? null) : null,
						nextStepsAz: langs < 0.9 ? (text.nextAz ?? null) : null,
						nextStepsEn: langs > 0.15 ? (text.nextEn ?? null) : null,
						createdAt: at(-30),
						updatedAt: at(-20),
						updatedBy: actor.id
					})
					.returning()
					.get();
				writeAudit(
					tx,
					SYSTEM_ACTOR,
					{
						entity: 'progress_report',
						entityId: row.id,
						operation: 'create',
						after: { demoSeed: true, version: 1 }
					},
					at(-30)
				);
				if (fate === 'draft') continue;
				const late = rand(`${key}:late`) < (fp ? 0.12 : 0.25);
				let t = late ? 3 + Math.floor(rand(`${key}:d1`) * 40) : -Math.floor(rand(`${key}:d1`) * 14);
				let v = 1;
				const step = (
					who: { id: number | null; role: string; institutionId: number | null },
					move: 'submit' | 'approve' | 'return',
					gap: number,
					reason?: string
				) => {
					t += gap;
					const res = transition(tx as unknown as DB, who, {
						subjectType: 'progress',
						subjectId: row.id,
						action: move,
						expectedVersion: v,
						reason,
						now: at(t)
					});
					if (!res.ok) throw new Error(`seed transition ${move} failed: ${res.error}`);
					v = res.version;
				};
				const reason = RETURN_REASONS[Math.floor(rand(`${key}:why`) * RETURN_REASONS.length)];
				step(actor, 'submit', 0);
				if (fate === 'submitted') continue;
				if (fate === 'returned' || fate === 'approved_after_return') {
					step(rv, 'return', 3 + Math.floor(rand(`${key}:d2`) * 12), reason);
					if (fp && rand(`${key}:reply`) < 0.6)
						insertComment(
							tx,
							{ id: fp.id, role: 'focal_point' },
							'progress',
							row.id,
							FOCAL_REPLIES[Math.floor(rand(`${key}:r`) * FOCAL_REPLIES.length)],
							at(t + 1)
						);
					if (fate === 'returned') continue;
					step(actor, 'submit', 2 + Math.floor(rand(`${key}:d3`) * 15));
				}
				step(rv, 'approve', 2 + Math.floor(rand(`${key}:d4`) * 20));
			}
		}
	});
	log(
		`progress reports: ${Object.entries(counts)
			.map(([k, n]) => `${n} ${k}`)
			.join(', ')}`
	);
}

function narrativeFor(
	l: { instCode: string; textEn: string | null; sectionCode: string | null },
	periodCode: string,
	r: number
): Narrative {
	const special = SPECIAL.find(
		(s) => s.institution === l.instCode && s.period === periodCode && s.match.test(l.textEn ?? '')
	);
	return special ?? genericNarrative(l.sectionCode, r);
}

/** Percent grows over the action's years; a few actions fall behind. */
function progressFor(
	l: { startYear: number | null; endYear: number | null },
	periodStart: string,
	r: number
) {
	const start = l.startYear ?? 2020;
	const end = l.endYear ?? 2024;
	const halves = (end - start + 1) * 2;
	const k =
		(Number(periodStart.slice(0, 4)) - start) * 2 + (periodStart.slice(5, 7) === '07' ? 1 : 0);
	const percent = Math.min(100, Math.round(((k + 1) / halves) * 100 * (0.8 + r * 0.3)));
	if (r < 0.08) return { status: 'delayed' as const, percent: Math.round(percent / 2) };
	if (percent >= 100) return { status: 'completed' as const, percent: 100 };
	return {
		status: percent >= 50 ? ('partially_completed' as const) : ('in_progress' as const),
		percent
	};
}
