// The audit log stores ids (an entry's entity id, `institutionId: 3` in its values); a reader wants
// names. This looks up, in one query per kind, the names of the institutions, users, periods,
// actions, plans and metrics a page of entries mentions, so the page and the exports can show
// "Ministry of Internal Affairs (#3)" instead of a bare number.
import { inArray } from 'drizzle-orm';
import { action, institution, plan, reportingPeriod, statMetric, user } from './db/schema';
import type { DB } from './db/connect';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
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

/** Where each kind's name is: in each language, or one name (a code) for both. */
const NAME_SOURCES: Record<
	Kind,
	{ table: SQLiteTable; id: SQLiteColumn; az: SQLiteColumn; en: SQLiteColumn }
> = {
	institution: {
		table: institution,
		id: institution.id,
		az: institution.nameAz,
		en: institution.nameEn
	},
	user: { table: user, id: user.id, az: user.name, en: user.name },
	reporting_period: {
		table: reportingPeriod,
		id: reportingPeriod.id,
		az: reportingPeriod.code,
		en: reportingPeriod.code
	},
	action: { table: action, id: action.id, az: action.code, en: action.code },
	plan: { table: plan, id: plan.id, az: plan.titleAz, en: plan.titleEn },
	stat_metric: {
		table: statMetric,
		id: statMetric.id,
		az: statMetric.nameAz,
		en: statMetric.nameEn
	}
};

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
	for (const [kind, set] of wanted) {
		const c = NAME_SOURCES[kind];
		const rows = db
			.select({ id: c.id, az: c.az, en: c.en })
			.from(c.table)
			.where(inArray(c.id, [...set]))
			.all();
		for (const r of rows) names.set(`${kind}:${r.id}`, String(locale === 'az' ? r.az : r.en));
	}
	return (kind, raw) => {
		const id = asId(raw);
		return kind && id !== null ? (names.get(`${kind}:${id}`) ?? null) : null;
	};
}
