// An independent attacker for disclosure tests: given what a published table shows (numbers and
// labels) and the equations any reader can write down, it searches for an integer assignment of
// the hidden cells that satisfies everything shown but gives a hidden cell a value other than its
// true one. Finding one proves the cell is not pinned. It shares no code with the module's LP.

export type Shown = number | string; // a number, or a label such as "<5" or "[c]"

export interface AttackInput {
	shown: Map<string, Shown>;
	truth: Map<string, number>;
	equations: { total: string; parts: string[] }[];
	threshold: number;
}

interface Eq {
	vars: number[];
	coefs: number[];
	rhs: number;
}

function propagate(lo: number[], hi: number[], eqs: Eq[]): boolean {
	for (let pass = 0; pass < 200; pass++) {
		let changed = false;
		for (const e of eqs) {
			let minSum = 0;
			let maxSum = 0;
			e.vars.forEach((v, q) => {
				const c = e.coefs[q];
				minSum += c > 0 ? c * lo[v] : c * hi[v];
				maxSum += c > 0 ? c * hi[v] : c * lo[v];
			});
			if (minSum > e.rhs || maxSum < e.rhs) return false;
			e.vars.forEach((v, q) => {
				const c = e.coefs[q];
				const restMin = minSum - (c > 0 ? c * lo[v] : c * hi[v]);
				const restMax = maxSum - (c > 0 ? c * hi[v] : c * lo[v]);
				// c·x ∈ [rhs − restMax, rhs − restMin]
				const a = (e.rhs - restMax) / c;
				const b = (e.rhs - restMin) / c;
				const nlo = Math.ceil(Math.min(a, b) - 1e-9);
				const nhi = Math.floor(Math.max(a, b) + 1e-9);
				if (nlo > lo[v]) ((lo[v] = nlo), (changed = true));
				if (nhi < hi[v]) ((hi[v] = nhi), (changed = true));
			});
			if (e.vars.some((v) => lo[v] > hi[v])) return false;
		}
		if (!changed) return true;
	}
	return true;
}

function search(lo: number[], hi: number[], eqs: Eq[], budget: { n: number }): boolean {
	if (--budget.n < 0) throw new Error('attacker: search budget exhausted');
	if (!propagate(lo, hi, eqs)) return false;
	let pick = -1;
	for (let v = 0; v < lo.length; v++)
		if (lo[v] < hi[v] && (pick < 0 || hi[v] - lo[v] < hi[pick] - lo[pick])) pick = v;
	if (pick < 0)
		return eqs.every((e) => e.vars.reduce((s, v, q) => s + e.coefs[q] * lo[v], 0) === e.rhs);
	const mid = Math.floor((lo[pick] + hi[pick]) / 2);
	for (const [a, b] of [
		[lo[pick], mid],
		[mid + 1, hi[pick]]
	]) {
		const l2 = lo.slice();
		const h2 = hi.slice();
		l2[pick] = a;
		h2[pick] = b;
		if (search(l2, h2, eqs, budget)) return true;
	}
	return false;
}

/**
 * The hidden cells a reader can determine exactly, or (for a count from 1 to the threshold)
 * narrow to fewer than three values. Should be none.
 */
export function pinnedCells(input: AttackInput): string[] {
	const hidden = [...input.shown.entries()]
		.filter(([, v]) => typeof v === 'string')
		.map(([id]) => id);
	const idx = new Map(hidden.map((id, i) => [id, i]));
	const maxTruth = Math.max(0, ...input.truth.values());
	const cap = 2 * maxTruth + input.threshold + 10;
	const lo0 = hidden.map((id) =>
		input.shown.get(id) === `<${input.threshold + 1}` ? 0 : input.threshold + 1
	);
	const hi0 = hidden.map((id) =>
		input.shown.get(id) === `<${input.threshold + 1}` ? input.threshold : cap
	);
	const eqs: Eq[] = [];
	for (const e of input.equations) {
		const terms = [{ id: e.total, c: -1 }, ...e.parts.map((id) => ({ id, c: 1 }))];
		const vars = terms.filter((x) => idx.has(x.id));
		if (vars.length === 0) continue;
		const rhs = -terms
			.filter((x) => !idx.has(x.id))
			.reduce((s, x) => s + x.c * (input.shown.get(x.id) as number), 0);
		eqs.push({ vars: vars.map((x) => idx.get(x.id)!), coefs: vars.map((x) => x.c), rhs });
	}
	const pinned: string[] = [];
	hidden.forEach((id, i) => {
		const truth = input.truth.get(id)!;
		const feasible = ([a, b]: number[]) => {
			if (a > b) return false;
			const lo = lo0.slice();
			const hi = hi0.slice();
			lo[i] = a;
			hi[i] = b;
			return search(lo, hi, eqs, { n: 200_000 });
		};
		// how far the cell can move either way (two steps are all the criterion needs)
		let min = truth;
		while (min > Math.max(lo0[i], truth - 2) && feasible([min - 1, min - 1])) min--;
		let max = truth;
		while (max < Math.min(hi0[i], truth + 2) && feasible([max + 1, max + 1])) max++;
		const small = truth >= 1 && truth <= input.threshold;
		if (max - min < (small ? Math.min(2, input.threshold) : 1)) pinned.push(id);
	});
	return pinned;
}
