// Resolved rows → database. Re-importing into a plan updates by code: new codes are added,
// changed rows are updated (texts, period, flags, executing bodies), and actions the file does
// not mention are kept untouched (reports may hang on them). A column the file does not have
// (e.g. the Azerbaijani text in an English-only table) leaves that field as it is, so importing
// a translation never erases the original. All of it in one transaction.
import { eq } from 'drizzle-orm';
import { action, actionInstitution, plan, planSection } from '../db/schema';
import { writeAudit, type Actor } from '../audit';
import { actionSearchText, codeSortKey, sectionSortOrder } from '../plan/search-text';
import { insertDraftPlan } from '../plan/admin';
import { actionLinks } from '../plan/browse';
import type { DB } from '../db/connect';
import type { Column, ImportSummary, PlanMeta, ResolvedAction, ResolvedSection } from './types';

type Bodies = ResolvedAction['bodies'];

const sameBodies = (a: Bodies, b: Bodies) =>
	a.length === b.length &&
	a.every((x, i) => x.institutionId === b[i].institutionId && x.role === b[i].role);

const OPTIONAL: Partial<Record<Column, 'textAz' | 'textEn' | 'source' | 'note'>> = {
	textAz: 'textAz',
	textEn: 'textEn',
	source: 'source',
	note: 'note'
};

/**
 * The fields a row sets: period and the sample flag always (no Sample column = real rows), the
 * others only when the file has their column. A sample replaced by a real row loses the
 * "sample for the demo" source too.
 */
function actionFields(a: ResolvedAction, columns: Column[], old?: { sample: boolean }) {
	const all = {
		textAz: a.textAz,
		textEn: a.textEn,
		startYear: a.startYear,
		endYear: a.endYear,
		sample: a.sample,
		source: a.source,
		note: a.note
	};
	const fields: Partial<typeof all> = {
		startYear: a.startYear,
		endYear: a.endYear,
		sample: a.sample
	};
	for (const [col, key] of Object.entries(OPTIONAL))
		if (columns.includes(col as Column)) Object.assign(fields, { [key!]: all[key!] });
	if (old?.sample && !a.sample && !('source' in fields)) fields.source = null;
	return fields;
}

function sectionFields(s: ResolvedSection, columns: Column[]) {
	const fields: Partial<Pick<ResolvedSection, 'titleAz' | 'titleEn' | 'source'>> = {};
	if (columns.includes('textAz')) fields.titleAz = s.titleAz;
	if (columns.includes('textEn')) fields.titleEn = s.titleEn;
	if (columns.includes('source') || columns.includes('note')) fields.source = s.source;
	return fields;
}

/** Loads what the plan holds now, keyed by code, to compare with the file. */
function loadExisting(db: DB, planId: number | null) {
	if (planId === null) return { sections: new Map(), actions: new Map() };
	const sections = new Map(
		db
			.select()
			.from(planSection)
			.where(eq(planSection.planId, planId))
			.all()
			.map((s) => [s.code, s])
	);
	const rows = db.select().from(action).where(eq(action.planId, planId)).all();
	const links = actionLinks(
		db,
		rows.map((r) => r.id)
	);
	const actions = new Map(
		rows.map((r) => [
			r.code,
			{
				row: r,
				bodies: links
					.filter((l) => l.actionId === r.id)
					.map(({ institutionId, role }) => ({ institutionId, role }))
			}
		])
	);
	return { sections, actions };
}

const bodyOrder = (b: Bodies) =>
	[...b].sort((x, y) => x.role.localeCompare(y.role) || x.institutionId - y.institutionId);

export function writeImport(
	db: DB,
	actor: Actor,
	target: { planId: number } | { plan: PlanMeta },
	data: {
		sections: ResolvedSection[];
		actions: ResolvedAction[];
		columns: Column[];
		fileName: string;
		ignoredColumns: string[];
	},
	options: { dryRun: boolean; now: Date }
): ImportSummary {
	const planId = 'planId' in target ? target.planId : null;
	const existing = loadExisting(db, planId);
	const summary: ImportSummary = {
		planId,
		planCode: 'plan' in target ? target.plan.code : '',
		createdPlan: planId === null,
		sectionsAdded: [],
		sectionsChanged: [],
		actionsAdded: [],
		actionsChanged: [],
		actionsUnchanged: 0,
		actionsNotInFile: [],
		ignoredColumns: data.ignoredColumns
	};
	for (const s of data.sections) {
		const old = existing.sections.get(s.code);
		if (!old) summary.sectionsAdded.push(s.code);
		else if (Object.entries(sectionFields(s, data.columns)).some(([k, v]) => old[k] !== v))
			summary.sectionsChanged.push(s.code);
	}
	const inFile = new Set(data.actions.map((a) => a.code));
	for (const a of data.actions) {
		const old = existing.actions.get(a.code);
		if (!old) summary.actionsAdded.push(a.code);
		else {
			const f = actionFields(a, data.columns, old.row);
			const fieldsSame = (Object.keys(f) as (keyof typeof f)[]).every((k) => old.row[k] === f[k]);
			const sectionSame = existing.sections.get(a.sectionCode)?.id === old.row.sectionId;
			if (fieldsSame && sectionSame && sameBodies(bodyOrder(old.bodies), bodyOrder(a.bodies)))
				summary.actionsUnchanged++;
			else summary.actionsChanged.push(a.code);
		}
	}
	for (const code of existing.actions.keys())
		if (!inFile.has(code)) summary.actionsNotInFile.push(code);
	if (options.dryRun) return summary;

	const { now } = options;
	db.transaction((tx) => {
		let id = planId;
		if (id === null) {
			id = insertDraftPlan(tx, actor, (target as { plan: PlanMeta }).plan, now);
		}
		const p = tx.select().from(plan).where(eq(plan.id, id)).get()!;
		summary.planId = id;
		summary.planCode = p.code;
		const sectionIds = new Map(
			[...existing.sections.values()].map((s) => [s.code, s.id as number])
		);
		for (const s of data.sections) {
			const values = sectionFields(s, data.columns);
			const old = existing.sections.get(s.code);
			if (!old) {
				const row = tx
					.insert(planSection)
					.values({
						planId: id,
						code: s.code,
						sortOrder: sectionSortOrder(s.code),
						titleAz: s.titleAz,
						titleEn: s.titleEn,
						source: s.source
					})
					.returning()
					.get();
				sectionIds.set(s.code, row.id);
				writeAudit(
					tx,
					actor,
					{ entity: 'plan_section', entityId: row.id, operation: 'import_create', after: row },
					now
				);
			} else if (summary.sectionsChanged.includes(s.code)) {
				const row = tx
					.update(planSection)
					.set(values)
					.where(eq(planSection.id, old.id))
					.returning()
					.get();
				writeAudit(
					tx,
					actor,
					{
						entity: 'plan_section',
						entityId: old.id,
						operation: 'import_update',
						before: old,
						after: row
					},
					now
				);
			}
		}
		for (const a of data.actions) {
			const old = existing.actions.get(a.code);
			if (old && !summary.actionsChanged.includes(a.code)) continue;
			const fields = old
				? actionFields(a, data.columns, old.row)
				: actionFields(a, Object.keys(OPTIONAL) as Column[]);
			const texts = { textAz: old?.row.textAz ?? null, textEn: old?.row.textEn ?? null, ...fields };
			const values = {
				...fields,
				sectionId: sectionIds.get(a.sectionCode)!,
				sortKey: codeSortKey(a.code),
				searchText: actionSearchText({
					code: a.code,
					textAz: texts.textAz ?? null,
					textEn: texts.textEn ?? null
				})
			};
			const row = old
				? tx.update(action).set(values).where(eq(action.id, old.row.id)).returning().get()
				: tx
						.insert(action)
						.values({ planId: id, code: a.code, ...values })
						.returning()
						.get();
			if (old) tx.delete(actionInstitution).where(eq(actionInstitution.actionId, row.id)).run();
			for (const b of a.bodies)
				tx.insert(actionInstitution)
					.values({ actionId: row.id, ...b })
					.run();
			writeAudit(
				tx,
				actor,
				old
					? {
							entity: 'action',
							entityId: row.id,
							operation: 'import_update',
							before: { ...old.row, bodies: old.bodies },
							after: { ...row, bodies: a.bodies }
						}
					: {
							entity: 'action',
							entityId: row.id,
							operation: 'import_create',
							after: { ...row, bodies: a.bodies }
						},
				now
			);
		}
		writeAudit(
			tx,
			actor,
			{
				entity: 'plan',
				entityId: id,
				operation: 'import',
				after: { file: data.fileName, ...summary }
			},
			now
		);
	});
	return summary;
}
