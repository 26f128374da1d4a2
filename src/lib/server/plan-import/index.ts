// The plan importer: a file (CSV, XLSX or JSON) in the decree's table layout → a plan's sections,
// actions and executing bodies. Any error → nothing is written and every row error is returned.
// Layout and re-import rules: README.md in this folder.
import { eq } from 'drizzle-orm';
import { institution, plan, planSection } from '../db/schema';
import type { Actor } from '../audit';
import type { DB } from '../db/connect';
import { runUploadTask } from '../uploads/run';
import { detectFormat, planLimitError, type PlanFormat, type ReadResult } from './read';
import { readTable } from './table';
import { validateTable } from './validate';
import { writeImport } from './write';
import type { Grid, ImportError, ImportSummary, PlanMeta, PlanTable } from './types';

export type { ImportError, ImportSummary, PlanMeta, PlanTable, Grid } from './types';
export { PLAN_FORMATS, type PlanFormat } from './read';

export type ImportTarget = { planId: number } | { plan: PlanMeta };

export type ImportResult =
	| { ok: true; summary: ImportSummary; dryRun: boolean }
	| { ok: false; errors: ImportError[]; table: PlanTable | null };

export interface ImportFile {
	name: string;
	bytes: Uint8Array;
	format?: PlanFormat;
}

const fileError = (key: string, params?: Record<string, number>): ImportResult => ({
	ok: false,
	errors: [{ row: 0, column: null, key, params }],
	table: null
});

/** File → grid, in the upload worker (bounded: see PLAN_LIMITS and uploads/run.ts). */
export async function readGrid(format: PlanFormat, bytes: Uint8Array): Promise<ReadResult> {
	const outcome = await runUploadTask({ kind: 'plan-grid', format }, bytes);
	return outcome.ok ? outcome.value : planLimitError(outcome.code);
}

export async function importPlanFile(
	db: DB,
	actor: Actor,
	target: ImportTarget,
	file: ImportFile,
	options: { dryRun?: boolean; now?: Date } = {}
): Promise<ImportResult> {
	const format = file.format ?? detectFormat(file.name, file.bytes);
	if (format === null) return fileError('plan_import.error.format');
	const read = await readGrid(format, file.bytes);
	if (!read.ok) return fileError(read.key, read.params);
	return importPlanGrid(db, actor, target, read.grid, { ...options, fileName: file.name });
}

/** The format-blind part: grid → table → validated rows → one transaction (or a dry run). */
export function importPlanGrid(
	db: DB,
	actor: Actor,
	target: ImportTarget,
	grid: Grid,
	options: { dryRun?: boolean; now?: Date; fileName?: string } = {}
): ImportResult {
	const { table, errors } = readTable(grid);
	if (errors.length) return { ok: false, errors, table };

	let range: { startYear: number; endYear: number };
	let existingSections: string[] = [];
	if ('planId' in target) {
		const p = db.select().from(plan).where(eq(plan.id, target.planId)).get();
		if (!p) return fileError('plan_import.error.plan_missing');
		range = p;
		existingSections = db
			.select({ code: planSection.code })
			.from(planSection)
			.where(eq(planSection.planId, p.id))
			.all()
			.map((s) => s.code);
	} else {
		if (db.select().from(plan).where(eq(plan.code, target.plan.code)).get())
			return fileError('plan_import.error.plan_code_taken');
		range = target.plan;
	}

	const institutions = db.select().from(institution).all();
	const result = validateTable(table, { plan: range, existingSections, institutions });
	if (!result.ok) return { ok: false, errors: result.errors, table };

	const summary = writeImport(
		db,
		actor,
		target,
		{
			...result,
			columns: table.columns,
			fileName: options.fileName ?? '',
			ignoredColumns: table.ignored
		},
		{ dryRun: options.dryRun ?? false, now: options.now ?? new Date() }
	);
	return { ok: true, summary, dryRun: options.dryRun ?? false };
}
