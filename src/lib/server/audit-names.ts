// The audit log stores ids (an entry's entity id, `institutionId: 3` in its values); a reader wants
// names. This looks up, in one query per kind, the names of the institutions, users, periods,
// actions, plans and metrics a page of entries mentions, so the page and the exports can show
// "Ministry of Internal Affairs (#3)" instead of a bare number.
import { inArray } from 'drizzle-orm';
import { action, institution, plan, reportingPeriod, statMetric, user } from './db/schema';
import type { DB } from './db/connect';
import type { Locale } from '../i18n/core';

type Kind = 'institution' | 'user' | 'reporting_period' | 'action' | 'plan' | 'stat_metric';

/** Fields holding the id of a named record, by the name the code writes them under. */
const FIELD_KIND: Record<string, Kind> = {
	institutionId: 'institution',
	officialInstitutionId: 'institution',
	userId: 'user',
	chosenBy: 'user',
	uploadedBy: 'user',
	periodId: 'reporting_period',
	actionId: 'action',
	planId: 'plan',
	metricId: 'stat_metric'
};

/** The kind of record a changed field points at (`bodies.0.institutionId` too), if any. */
export function fieldKind(field: string): Kind | null {
	return FIELD_KIND[field.split('.').at(-1) ?? ''] ?? null;
}

export function entityKind(entity: string): Kind | null {
	return (
		(['institution', 'user', 'reporting_period', 'action', 'plan', 'stat_metric'] as const).find(
			(k) => k === entity
		) ?? null
	);
}

const asId = (v: string | null) => (v && /^[1-9]\d{0,9}$/.test(v) ? Number(v) : null);

export type NameLookup = (kind: Kind | null, id: string | null) => string | null;

/** Names for every `[kind, id]` asked, in the reader's language; unknown ids stay unnamed. */
export function auditNames(
	db: Pick<DB, 'select'>,
	refs: [Kind | null, string | null][],
	locale: Locale
): NameLookup {
	const wanted = new Map<Kind, Set<number>>();
	for (const [kind, raw] of refs) {
		const id = asId(raw);
		if (!kind || id === null) continue;
		(wanted.get(kind) ?? wanted.set(kind, new Set()).get(kind)!).add(id);
	}
	const names = new Map<string, string>();
	const put = (kind: Kind, rows: { id: number; name: string }[]) =>
		rows.forEach((r) => names.set(`${kind}:${r.id}`, r.name));
	const az = locale === 'az';
	for (const [kind, set] of wanted) {
		const ids = [...set];
		if (kind === 'institution')
			put(
				kind,
				db
					.select({ id: institution.id, az: institution.nameAz, en: institution.nameEn })
					.from(institution)
					.where(inArray(institution.id, ids))
					.all()
					.map((r) => ({ id: r.id, name: az ? r.az : r.en }))
			);
		else if (kind === 'user')
			put(
				kind,
				db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, ids)).all()
			);
		else if (kind === 'reporting_period')
			put(
				kind,
				db
					.select({ id: reportingPeriod.id, name: reportingPeriod.code })
					.from(reportingPeriod)
					.where(inArray(reportingPeriod.id, ids))
					.all()
			);
		else if (kind === 'action')
			put(
				kind,
				db
					.select({ id: action.id, name: action.code })
					.from(action)
					.where(inArray(action.id, ids))
					.all()
			);
		else if (kind === 'plan')
			put(
				kind,
				db
					.select({ id: plan.id, az: plan.titleAz, en: plan.titleEn })
					.from(plan)
					.where(inArray(plan.id, ids))
					.all()
					.map((r) => ({ id: r.id, name: az ? r.az : r.en }))
			);
		else
			put(
				kind,
				db
					.select({ id: statMetric.id, az: statMetric.nameAz, en: statMetric.nameEn })
					.from(statMetric)
					.where(inArray(statMetric.id, ids))
					.all()
					.map((r) => ({ id: r.id, name: az ? r.az : r.en }))
			);
	}
	return (kind, raw) => {
		const id = asId(raw);
		return kind && id !== null ? (names.get(`${kind}:${id}`) ?? null) : null;
	};
}
