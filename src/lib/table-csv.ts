// Text of dashboard cells for files, and the CSV lines of a table: the dashboard exports (and so
// each chart's "Download CSV" link, which points at them) write exactly what the table shows.
import {
	isShown,
	missingKind,
	pickText,
	type DashCell,
	type DashTable,
	type MissingKind
} from './safe-table';

/**
 * The number, the suppression label, or the text of a missing figure (`naText`; pass
 * `unreportedText` to tell "not reported yet" from "not available"). A sum lacking years is
 * marked "*", which the table's notes explain.
 */
export function exportText(
	c: DashCell,
	naText: string,
	missing: MissingTexts | null = null,
	kind: MissingKind = 'unavailable'
): string {
	if (c === null)
		return missing
			? kind === 'not_stated'
				? (missing.notStated ?? missing.unreported)
				: missing[kind]
			: naText;
	const mark = c.lacks ? '*' : '';
	return (isShown(c) ? String(c.shown) : c.label) + mark;
}

/** Texts of the kinds of missing figure. */
export interface MissingTexts {
	unavailable: string;
	unreported: string;
	/** a category the breakdown left out: counted in "not stated" */
	notStated?: string;
}

/** A text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
export function safeText(s: string): string {
	return /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
}

export function csvField(s: string): string {
	const v = safeText(s);
	return /[",\n\r;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvLines(lines: string[][]): string {
	// BOM: Excel then reads the file as UTF-8 (ə, ğ, ı, ş …)
	return '\uFEFF' + lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Title, header, rows and notes of one table. */
export function tableLines(
	t: DashTable,
	locale: 'az' | 'en',
	naText: string,
	missing: MissingTexts | null = null
): string[][] {
	return [
		[pickText(t.title, locale)],
		['', ...t.columns.map((c) => pickText(c.label, locale))],
		...t.rows.map((r) => [
			pickText(r.label, locale),
			...r.cells.map((c, i) => exportText(c, naText, missing, missingKind(r, i)))
		]),
		...(t.notes ?? []).map((n) => [pickText(n, locale)])
	];
}
