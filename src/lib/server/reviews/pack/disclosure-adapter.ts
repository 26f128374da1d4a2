// The pack's bridge to the donor suppression rule. Issue 5 owns the rule
// (src/lib/server/disclosure.ts: `protectTable`, `cellText`, `chartValue`, on the dashboards
// branch). Until it is on main, this adapter offers the same signatures with the rule's core:
// - primary: a count of persons from 1 to the threshold is hidden and labelled "<threshold+1>";
// - a zero beside a small total is hidden too (it would say all of them share the rest);
// - secondary: every equation (total = Σ parts) ends with 0 or ≥ 2 hidden cells, hiding the
//   cheapest shown cell (smallest first, parts before totals) until that holds;
// - metrics not about persons (`sensitive = false`) pass through unchanged.
// TODO: when disclosure.ts lands on main, replace this file's body with
//   export { protectTable, cellText, chartValue, type SafeCell, type ProtectInput } from '../../disclosure';
export type SafeCell = { shown: number } | { suppressed: true; label: string };

export interface ProtectInput {
	cells: { id: string; value: number }[];
	equations: { total: string; parts: string[] }[];
	sensitive: boolean;
}

const isShown = (c: SafeCell): c is { shown: number } => 'shown' in c;

export function cellText(c: SafeCell, formatNumber: (n: number) => string = String): string {
	return isShown(c) ? formatNumber(c.shown) : c.label;
}

export function chartValue(c: SafeCell): number | null {
	return isShown(c) ? c.shown : null;
}

export function protectTable(input: ProtectInput, threshold: number): Map<string, SafeCell> {
	const value = new Map(input.cells.map((c) => [c.id, c.value]));
	const hidden = new Set<string>();
	if (input.sensitive && threshold > 0) {
		for (const c of input.cells) if (c.value >= 1 && c.value <= threshold) hidden.add(c.id);
		for (const e of input.equations) {
			const t = value.get(e.total) ?? 0;
			if (t >= 1 && t <= threshold) for (const p of e.parts) if (value.get(p) === 0) hidden.add(p);
		}
		const totals = new Set(input.equations.map((e) => e.total));
		const cost = (id: string) => (value.get(id) ?? 0) + (totals.has(id) ? 1e9 : 0);
		for (let changed = true; changed; ) {
			changed = false;
			for (const e of input.equations) {
				const ids = [e.total, ...e.parts];
				if (ids.filter((id) => hidden.has(id)).length !== 1) continue;
				const next = ids.filter((id) => !hidden.has(id)).sort((a, b) => cost(a) - cost(b))[0];
				if (next !== undefined) {
					hidden.add(next);
					changed = true;
				}
			}
		}
	}
	const out = new Map<string, SafeCell>();
	for (const c of input.cells) {
		out.set(c.id, hidden.has(c.id) ? { suppressed: true, label: c.value <= threshold ? `<${threshold + 1}` : '[c]' } : { shown: c.value });
	}
	return out;
}
