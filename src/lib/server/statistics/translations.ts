// A report's sources and notes in both languages. A focal point types a source in the language
// they work in (saveCells files it there); a reviewer or admin then adds or corrects the other
// language here, once per distinct text: every figure of the report that carries the same text
// gets the translation. Figures are untouched, so this works in any state (also once approved:
// it is wording, not data) and does not move the report's version; each change is audited.
import { and, eq, isNull, sql, type Column } from 'drizzle-orm';
import { institution, statValue } from '../db/schema';
import type { DB } from '../db/connect';
import { writeAudit, type Actor } from '../audit';
import { getStatPeriod } from './periods';
import { findReport } from './reports';

export type TextKind = 'source' | 'note';

export interface TextGroup {
	kind: TextKind;
	az: string | null;
	en: string | null;
	/** how many figures carry this text */
	cells: number;
}

const COLUMNS = {
	source: { az: statValue.sourceAz, en: statValue.sourceEn },
	note: { az: statValue.noteAz, en: statValue.noteEn }
} as const;

/** The distinct sources and notes of a report, those missing a language first. */
export function reportTexts(db: DB, reportId: number): TextGroup[] {
	const out: TextGroup[] = [];
	for (const kind of ['source', 'note'] as const) {
		const c = COLUMNS[kind];
		const rows = db
			.select({ az: c.az, en: c.en, cells: sql<number>`count(*)` })
			.from(statValue)
			.where(
				and(eq(statValue.reportId, reportId), sql`(${c.az} IS NOT NULL OR ${c.en} IS NOT NULL)`)
			)
			.groupBy(c.az, c.en)
			.all();
		out.push(...rows.map((r) => ({ kind, ...r })));
	}
	const complete = (g: TextGroup) => (g.az !== null && g.en !== null ? 1 : 0);
	return out.sort(
		(a, b) =>
			complete(a) - complete(b) ||
			a.kind.localeCompare(b.kind) ||
			(a.en ?? a.az ?? '').localeCompare(b.en ?? b.az ?? '')
	);
}

export interface TranslateInput {
	reportId: number;
	kind: TextKind;
	/** the group as the reviewer saw it (identifies the figures) */
	from: { az: string | null; en: string | null };
	/** both languages after the change; at least one is set */
	to: { az: string | null; en: string | null };
}

export type TranslateResult =
	{ ok: true; cells: number } | { ok: false; error: 'forbidden' | 'not_found' };

export const mayTranslate = (actor: { role: string }) =>
	actor.role === 'reviewer' || actor.role === 'admin';

const same = (col: Column, v: string | null) => (v === null ? isNull(col) : eq(col, v));

export function translateTexts(
	db: DB,
	actor: Actor & { role: string },
	input: TranslateInput,
	now: Date
): TranslateResult {
	if (!mayTranslate(actor)) return { ok: false, error: 'forbidden' };
	const c = COLUMNS[input.kind];
	return db.transaction((tx) => {
		const updated = tx
			.update(statValue)
			.set(
				input.kind === 'source'
					? { sourceAz: input.to.az, sourceEn: input.to.en }
					: { noteAz: input.to.az, noteEn: input.to.en }
			)
			.where(
				and(
					eq(statValue.reportId, input.reportId),
					same(c.az, input.from.az),
					same(c.en, input.from.en)
				)
			)
			.run().changes;
		// nothing matched: the texts changed since the page was read
		if (updated === 0) return { ok: false, error: 'not_found' } as const;
		writeAudit(
			tx,
			actor,
			{
				entity: 'stat_report',
				entityId: input.reportId,
				operation: 'translate_texts',
				before: { kind: input.kind, ...input.from },
				after: { kind: input.kind, ...input.to, cells: updated }
			},
			now
		);
		return { ok: true, cells: updated } as const;
	});
}

/** What the sources-and-notes page shows for an institution × year (null: no such one). */
export function textsView(db: DB, institutionId: number, periodId: number) {
	const inst = db.select().from(institution).where(eq(institution.id, institutionId)).get();
	const period = getStatPeriod(db, periodId);
	if (!inst || !period) return null;
	const report = findReport(db, institutionId, periodId);
	return {
		institution: inst,
		period,
		report,
		groups: report ? reportTexts(db, report.id) : []
	};
}
