// Checks an uploaded statistics file against the report it is meant for and lists every row and
// cell error; only a file without errors yields changes, which are then saved all at once.
import { canonicalKey } from '../keys';
import { isKeyValidFor } from '../layout';
import { checkCount, inUnit, parseCount } from '../validate';
import type { CellChange } from '../reports';
import type { CellInput, MetricDef } from '../types';
import type { Locale } from '../../../i18n/core';
import { sameSource } from '../reports';
import { unguard } from './csv';
import { runUploadTask } from '../../uploads/run';
import { statLimitError } from './read';
import { COLUMNS, type Column, type Raw } from './sheet';

export interface RowError {
	line: number;
	column: Column | null;
	message: string;
	params?: Record<string, string | number>;
}

export interface PreviewRow {
	line: number;
	metric: string;
	key: string;
	cell: CellInput | null;
	before: CellInput | null;
	changed: boolean;
}

export type ImportResult =
	| { ok: false; error: string; params?: Record<string, string | number> }
	| { ok: true; rows: PreviewRow[]; errors: RowError[]; changes: CellChange[] };

export interface ImportTarget {
	institutionCode: string;
	year: number;
	metrics: MetricDef[];
	current: Map<string, CellInput[]>;
	/** the importer's language (an export carries the other language's source as a fallback) */
	locale?: Locale;
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'bəli', 'beli', 'hə', 'he']);
const NO = new Set(['', 'no', 'n', 'false', '0', 'xeyr']);
const MAX_SOURCE = 500;

const text = (c: Raw | undefined): string =>
	!c || c.kind === 'empty'
		? ''
		: c.kind === 'text'
			? c.s.trim()
			: c.kind === 'number'
				? String(c.n)
				: '';

export async function readStatFile(bytes: Uint8Array, target: ImportTarget): Promise<ImportResult> {
	const outcome = await runUploadTask({ kind: 'stat-rows' }, bytes);
	const read = outcome.ok ? outcome.value : statLimitError(outcome.code);
	if (!read.ok) return read;
	const [head, ...body] = read.rows;
	const header = head ? head.cells.map((c) => text(c).toLowerCase()) : [];
	if (header.length !== COLUMNS.length || header.some((h, i) => h !== COLUMNS[i]))
		return {
			ok: false,
			error: 'stat.import.wrong_columns',
			params: { expected: COLUMNS.join(', '), found: header.join(', ') || '—' }
		};
	if (body.length === 0) return { ok: false, error: 'stat.import.no_rows' };

	const errors: RowError[] = [];
	const rows: PreviewRow[] = [];
	const seen = new Map<string, number>();
	for (const { line, cells } of body) {
		const before = errors.length;
		const err = (column: Column | null, message: string, params?: RowError['params']) =>
			errors.push({ line, column, message, params });
		const at = (c: Column) => cells[COLUMNS.indexOf(c)];
		cells.forEach((c, i) => c.kind === 'formula' && err(COLUMNS[i] ?? null, 'stat.import.formula'));
		if (cells.slice(COLUMNS.length).some((c) => c.kind !== 'empty'))
			err(null, 'stat.import.extra_cells');
		if (text(at('institution')) !== target.institutionCode)
			err('institution', 'stat.import.wrong_institution', { expected: target.institutionCode });
		if (text(at('year')) !== String(target.year))
			err('year', 'stat.import.wrong_year', { expected: target.year });
		const metric = target.metrics.find((m) => m.code === text(at('metric_code')));
		if (!metric)
			err('metric_code', 'stat.import.unknown_metric', { code: text(at('metric_code')) || '—' });
		const key = canonicalKey(unguard(text(at('category_key'))));
		if (metric && (key === null || !isKeyValidFor(metric, key)))
			err('category_key', 'stat.import.unknown_category', { key: text(at('category_key')) });
		const v = at('value');
		const count =
			!v || v.kind === 'empty'
				? parseCount('')
				: v.kind === 'number'
					? checkCount(v.n)
					: v.kind === 'text'
						? parseCount(v.s)
						: { ok: false as const, error: 'stat.rule.not_a_number' };
		const counted = metric ? inUnit(count, metric.unit) : count;
		if (!counted.ok && v?.kind !== 'formula') err('value', counted.error);
		const flag = (c: Column) => {
			const s = text(at(c)).toLowerCase();
			if (YES.has(s)) return true;
			if (!NO.has(s)) err(c, 'stat.import.yes_no');
			return false;
		};
		const na = flag('not_available');
		const derived = flag('derived');
		const source = unguard(text(at('source'))) || null;
		if (source && source.length > MAX_SOURCE) err('source', 'stat.error.source_too_long');
		const value = count.ok ? count.value : null;
		if (na && value !== null) err('value', 'stat.rule.value_and_na');
		if (!na && value === null && source && count.ok)
			err('value', 'stat.error.source_without_value');
		if (!metric || key === null) continue;
		const id = `${metric.code}|${key}`;
		if (seen.has(id)) err('category_key', 'stat.import.duplicate', { line: seen.get(id)! });
		else seen.set(id, line);
		if (errors.length > before) continue;
		const cell =
			na || value !== null
				? { key, value: na ? null : value, notAvailable: na, derived, source }
				: null;
		const old = target.current.get(metric.code)?.find((c) => c.key === key) ?? null;
		rows.push({
			line,
			metric: metric.code,
			key,
			cell,
			before: old,
			changed: !sameCell(old, cell, target.locale ?? 'en')
		});
	}
	const changes = errors.length
		? []
		: rows.map((r) => ({ metric: r.metric, key: r.key, cell: r.cell }));
	return { ok: true, rows, errors, changes };
}

function sameCell(a: CellInput | null, b: CellInput | null, locale: Locale): boolean {
	if (!a || !b) return a === b;
	return (
		a.value === b.value &&
		a.notAvailable === b.notAvailable &&
		a.derived === b.derived &&
		(a.texts ? sameSource(a.texts, b.source, locale) : (a.source ?? null) === (b.source ?? null))
	);
}

/** The report's cells as they would be after the changes (for checking the rules before saving). */
export function mergeChanges(
	current: Map<string, CellInput[]>,
	changes: CellChange[]
): Map<string, CellInput[]> {
	const out = new Map([...current].map(([k, v]) => [k, [...v]]));
	for (const c of changes) {
		const list = (out.get(c.metric) ?? []).filter((x) => x.key !== c.key);
		if (c.cell) list.push(c.cell);
		out.set(c.metric, list);
	}
	return out;
}
