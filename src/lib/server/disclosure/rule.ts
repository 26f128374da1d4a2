// Disclosure control: the one place where a count becomes something a donor, the public or an
// export may see. Everything donor-reachable renders `SafeCell`s, never raw numbers.
//
// The rule, following common practice for frequency tables of persons (ONS/GSS, Eurostat,
// CTDC's "small cells" rule):
// - Primary suppression: a count of persons from 1 to the threshold (setting
//   `disclosureThreshold`, default 4) is shown as "<5" (i.e. "<threshold+1").
// - Zeros are shown as 0: a true zero is information a reader needs ("no foreign victims"), and
//   most agencies publish them. The exception is group disclosure: a zero beside a small total
//   says that every one of those few people shares the remaining categories (total "<5", men 0
//   ⇒ all are women). So a zero in an equation whose total is itself small is suppressed too,
//   and labelled "<5", which is true of 0.
// - Secondary suppression: the cells of a table are linked by equations a reader can set up
//   (total = women + men, column totals, a multi-year total = the sum of its years). More cells
//   are hidden until no hidden cell can be worked out: every equation holds 0 or ≥ 2 hidden
//   cells, and an exact audit (linear programming over what is shown plus the range each label
//   reveals) confirms that every hidden cell can still take more than one value.
// - Labels: a hidden cell whose value is at most the threshold reads "<5"; one above it reads
//   "[c]" (confidential). The audit models exactly what those labels tell a reader:
//   "<5" ⇒ 0..threshold, "[c]" ⇒ above the threshold.
// - Protection required of every hidden cell: it is not pinned, and a small count (1 to the
//   threshold) keeps at least three possible values (two when the threshold is 1). Without
//   that, "foreign <5, stateless <5" beside "total 94, national 93" would say: one person.
// - Figures that are not about persons (metric flag `sensitive = false`, e.g. offences
//   registered) pass through unchanged, but still as SafeCells.
import { variableRanges } from './solver';
import type { SafeCell } from '../../safe-table';

export type { SafeCell };

export const CONFIDENTIAL_LABEL = '[c]';

export function smallLabel(threshold: number): string {
	return `<${threshold + 1}`;
}

export function isShown(c: SafeCell): c is { shown: number } {
	return 'shown' in c;
}

/** The text of a cell for a table, CSV or XLSX: the number, or its label. */
export function cellText(c: SafeCell, formatNumber: (n: number) => string = String): string {
	return isShown(c) ? formatNumber(c.shown) : c.label;
}

/** The numeric value a chart may plot: suppressed cells are gaps, never their true value. */
export function chartValue(c: SafeCell): number | null {
	return isShown(c) ? c.shown : null;
}

export interface TableCell {
	id: string;
	value: number;
}

/** total = Σ parts, as a reader of the published table can write it down. */
export interface Equation {
	total: string;
	parts: string[];
	/**
	 * A multi-year total is a sum over years, not a breakdown into categories: a zero year beside
	 * a small total tells when, not who, so it does not trigger group-disclosure suppression.
	 */
	overTime?: boolean;
}

export interface ProtectInput {
	cells: TableCell[];
	equations: Equation[];
	sensitive: boolean;
}

/** Protects one table (or a set of linked tables sharing cells); the result covers every cell. */
export function protectTable(input: ProtectInput, threshold: number): Map<string, SafeCell> {
	const value = new Map(input.cells.map((c) => [c.id, c.value]));
	for (const e of input.equations)
		for (const id of [e.total, ...e.parts])
			if (!value.has(id)) throw new Error(`equation refers to unknown cell ${id}`);
	const hidden = new Set<string>();
	if (input.sensitive && threshold > 0) {
		for (const c of input.cells) if (c.value >= 1 && c.value <= threshold) hidden.add(c.id);
		for (const e of input.equations) {
			if (e.overTime) continue;
			const t = value.get(e.total)!;
			if (t >= 1 && t <= threshold) for (const p of e.parts) if (value.get(p) === 0) hidden.add(p);
		}
		secondarySuppression(input, value, hidden, threshold);
	}
	const small = smallLabel(threshold);
	const out = new Map<string, SafeCell>();
	for (const c of input.cells) {
		if (!hidden.has(c.id)) out.set(c.id, { shown: c.value });
		else
			out.set(c.id, { suppressed: true, label: c.value <= threshold ? small : CONFIDENTIAL_LABEL });
	}
	return out;
}

// Rank cells by how little hiding them costs: a cell that is the total of fewer equations first
// (a category before a multi-year figure, before a year's total, before a range's total: hiding
// a total drags its other equations in), then cells with room to move (a zero or a value of
// exactly threshold + 1 cannot move down, so as a partner it protects little), then small values.
function costOrder(input: ProtectInput, value: Map<string, number>, threshold: number) {
	const asTotal = new Map<string, number>();
	for (const e of input.equations) asTotal.set(e.total, (asTotal.get(e.total) ?? 0) + 1);
	const stiff = (id: string) => (value.get(id) === 0 || value.get(id) === threshold + 1 ? 1 : 0);
	return (a: string, b: string) =>
		(asTotal.get(a) ?? 0) - (asTotal.get(b) ?? 0) ||
		stiff(a) - stiff(b) ||
		value.get(a)! - value.get(b)! ||
		(a < b ? -1 : a > b ? 1 : 0);
}

function secondarySuppression(
	input: ProtectInput,
	value: Map<string, number>,
	hidden: Set<string>,
	threshold: number
): void {
	const order = costOrder(input, value, threshold);
	const members = input.equations.map((e) => [e.total, ...e.parts]);
	const candidates = (ids: string[]) =>
		[...new Set(ids)].filter((id) => !hidden.has(id)).sort(order);
	const cheapestShown = (ids: string[]) => candidates(ids)[0];
	for (let round = 0; round <= input.cells.length; round++) {
		let changed = false;
		for (const ids of members) {
			if (ids.filter((id) => hidden.has(id)).length !== 1) continue;
			const pick = cheapestShown(ids);
			if (pick !== undefined) {
				hidden.add(pick);
				changed = true;
			}
		}
		if (changed) continue;
		const pinned = auditSuppression(input, value, hidden, threshold);
		if (pinned.length === 0) return;
		// hide one more cell beside the first exposed one: of the cheapest few candidates, the one
		// that leaves the fewest exposed cells (a small cell hidden beside it brings its own
		// bounds, so the cheapest is not always the one that helps)
		const near = members.filter((ids) => ids.includes(pinned[0])).flat();
		const pool = candidates(near).length ? candidates(near) : candidates(members.flat());
		if (pool.length === 0) throw new Error('disclosure: cannot protect this table');
		let best = { id: pool[0], left: Infinity };
		for (const id of pool.slice(0, 6)) {
			const trial = new Set([...hidden, id]);
			const left = auditSuppression(input, value, trial, threshold, [pinned[0]]).length;
			if (left < best.left) best = { id, left };
			if (left === 0) break;
		}
		hidden.add(best.id);
	}
}

/**
 * The hidden cells a reader can pin to a single value (or a small count to fewer than three)
 * from the shown cells, the equations and the ranges the labels reveal.
 */
export function auditSuppression(
	input: ProtectInput,
	value: Map<string, number>,
	hidden: Set<string>,
	threshold: number,
	/** check only these cells (the others still count as unknowns) */
	focus?: string[]
): string[] {
	const ids = [...hidden].sort();
	const index = new Map(ids.map((id, i) => [id, i]));
	const lower = ids.map((id) => (value.get(id)! <= threshold ? 0 : threshold + 1));
	const upper = ids.map((id) => (value.get(id)! <= threshold ? threshold : Infinity));
	const rows = [];
	for (const e of input.equations) {
		const terms = [{ id: e.total, coef: -1 }, ...e.parts.map((id) => ({ id, coef: 1 }))];
		const unknown = terms.filter((x) => index.has(x.id));
		if (unknown.length === 0) continue;
		const known = terms.filter((x) => !index.has(x.id));
		rows.push({
			vars: unknown.map((x) => index.get(x.id)!),
			coefs: unknown.map((x) => x.coef),
			rhs: -known.reduce((s, x) => s + x.coef * value.get(x.id)!, 0)
		});
	}
	const truth = ids.map((id) => value.get(id)!);
	const need = (i: number) => (truth[i] >= 1 && truth[i] <= threshold ? Math.min(2, threshold) : 1);
	const checked = focus ? new Set(focus) : hidden;
	const free = (i: number, lo: number, hi: number) =>
		!checked.has(ids[i]) || hi - lo >= need(i) - 1e-6;
	const exposed: string[] = [];
	// unknowns that share no equation cannot inform each other: solve each group on its own
	for (const group of connectedGroups(ids.length, rows)) {
		if (!group.some((g) => checked.has(ids[g]))) continue;
		const local = new Map(group.map((g, i) => [g, i]));
		const sub = rows
			.filter((r) => local.has(r.vars[0]))
			.map((r) => ({ ...r, vars: r.vars.map((v) => local.get(v)!) }));
		const ranges = variableRanges(
			{ lower: group.map((g) => lower[g]), upper: group.map((g) => upper[g]), rows: sub },
			(i, lo, hi) => free(group[i], lo, hi)
		);
		if (ranges === null) throw new Error('disclosure audit: the table is inconsistent');
		group.forEach((g, i) => {
			if (!free(g, ranges.lo[i], ranges.hi[i])) exposed.push(ids[g]);
		});
	}
	return exposed.sort();
}

function connectedGroups(n: number, rows: { vars: number[] }[]): number[][] {
	const parent = Array.from({ length: n }, (_, i) => i);
	const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
	for (const r of rows) for (const v of r.vars.slice(1)) parent[find(v)] = find(r.vars[0]);
	const groups = new Map<number, number[]>();
	for (let i = 0; i < n; i++) groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
	return [...groups.values()];
}

/**
 * A free text printed beside protected figures — a figure's source or note, listed per table in
 * a donor pack. Such texts are listed per metric and year, never per cell, but a text may quote a
 * count ("Derived: 402 − 240"). So when the figures it describes are protected, every number in it is
 * masked except years (1900–2099); `metricHidden`: any table of the output hides a cell of
 * the metric the text belongs to (else it is printed as it is).
 */
export function textBesideProtected(text: string, metricHidden: boolean): string {
	if (!metricHidden) return text;
	return text.replace(/\d+/g, (n) => (/^(19|20)\d\d$/.test(n) ? n : '…'));
}
