// Preview and commit of an uploaded statistics file. The preview shows every row with its errors
// and the rule checks the figures would trigger; the commit re-reads the same content, refuses it
// if anything is wrong, and otherwise saves all rows in one transaction (or none).
import { eq } from 'drizzle-orm';
import { institution } from '../../db/schema';
import type { DB } from '../../db/connect';
import { metricsForInstitution } from '../definitions';
import { getStatPeriod, periodYear } from '../periods';
import { findReport, loadCells, saveCells, type SaveResult, type StatActor } from '../reports';
import { validateReport } from '../validate';
import { reportWarnings } from '../warnings';
import type { Issue } from '../types';
import type { Locale } from '../../../i18n/core';
import { mergeChanges, readStatFile, type ImportResult } from './import';

/** `locale`: the importer's language, whose source column the file's `source` is compared with */
function target(db: DB, institutionId: number, periodId: number, locale: Locale) {
	const inst = db.select().from(institution).where(eq(institution.id, institutionId)).get();
	const period = getStatPeriod(db, periodId);
	if (!inst || !period) return null;
	const metrics = metricsForInstitution(db, institutionId);
	const report = findReport(db, institutionId, periodId);
	const current = report ? loadCells(db, report.id, metrics, locale) : new Map();
	return {
		institutionCode: inst.code,
		year: periodYear(period),
		metrics,
		current,
		version: report?.version ?? 0
	};
}

export type Preview = ImportResult & { issues?: Issue[]; version?: number };

export async function previewStatFile(
	db: DB,
	institutionId: number,
	periodId: number,
	bytes: Uint8Array,
	/** reviewers see other institutions' exact figures in warnings; focal points never */
	opts: { exact: boolean; locale?: Locale } = { exact: false }
): Promise<Preview> {
	const locale = opts.locale ?? 'en';
	const t = target(db, institutionId, periodId, locale);
	if (!t) return { ok: false, error: 'stat.error.not_found' };
	const result = await readStatFile(bytes, { ...t, locale });
	if (!result.ok || result.errors.length) return result;
	const after = mergeChanges(t.current, result.changes);
	const issues = [
		...validateReport(t.metrics, after),
		...reportWarnings(db, institutionId, periodId, after, undefined, opts)
	];
	return { ...result, issues, version: t.version };
}

export type CommitResult = SaveResult | { ok: false; error: 'file'; file: ImportResult };

export async function commitStatFile(
	db: DB,
	actor: StatActor,
	input: {
		institutionId: number;
		periodId: number;
		bytes: Uint8Array;
		expectedVersion: number;
		/** the importer's language: the file's sources go into its column */
		locale?: Locale;
		now: Date;
	}
): Promise<CommitResult> {
	const locale = input.locale ?? 'en';
	const t = target(db, input.institutionId, input.periodId, locale);
	if (!t) return { ok: false, error: 'not_found' };
	const file = await readStatFile(input.bytes, { ...t, locale });
	if (!file.ok || file.errors.length) return { ok: false, error: 'file', file };
	return saveCells(db, actor, {
		institutionId: input.institutionId,
		periodId: input.periodId,
		expectedVersion: input.expectedVersion,
		changes: file.changes,
		locale,
		now: input.now
	});
}
