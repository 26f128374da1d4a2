// A pack request (from the form or the print page's query) → the options to build it with.
import { eq } from 'drizzle-orm';
import { institution, planSection } from '../../db/schema';
import type { DB } from '../../db/connect';
import type { PackRequest } from '../../forms/pack-form';
import { reviewPlans } from '../plan-view';
import { bakuDay } from '../../../dates';
import { resolveSource } from '../snapshot-source';
import type { PackOptions } from './data';

export type ResolvedPack =
	| { ok: true; options: PackOptions; fileName: string }
	| { ok: false; errors: Record<string, string> };

export function resolvePackRequest(db: DB, req: PackRequest, now: Date): ResolvedPack {
	const defaultPlan = reviewPlans(db, bakuDay(now))[0];
	const source = resolveSource(
		db,
		req.snapshotId === null ? null : String(req.snapshotId),
		defaultPlan?.id ?? 0,
		now
	);
	if (source === null) return { ok: false, errors: { snapshot: 'reviews.snapshot_not_found' } };
	if (source.kind === 'live' && !defaultPlan)
		return { ok: false, errors: { snapshot: 'reviews.plan_unknown' } };
	let scopeName = 'plan';
	if (req.scope.kind === 'aim') {
		const s = db.select().from(planSection).where(eq(planSection.id, req.scope.sectionId)).get();
		if (!s || s.planId !== source.planId)
			return { ok: false, errors: { scope: 'pack.scope_required' } };
		scopeName = `aim-${s.code}`;
	} else if (req.scope.kind === 'institution') {
		const i = db
			.select()
			.from(institution)
			.where(eq(institution.id, req.scope.institutionId))
			.get();
		if (!i) return { ok: false, errors: { scope: 'pack.scope_required' } };
		scopeName = i.code.toLowerCase();
	}
	const which = source.kind === 'snapshot' ? source.snapshot.asOf : 'now';
	return {
		ok: true,
		options: { source, scope: req.scope, locale: req.locale, audience: req.audience, now },
		fileName: `round-table-pack-${which}-${scopeName}-${req.locale}${req.audience === 'donor' ? '-donor' : ''}.docx`
	};
}
