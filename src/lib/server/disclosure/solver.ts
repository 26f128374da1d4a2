// A small dense simplex used by disclosure control to audit a suppression pattern: given the
// equations a reader can set up from a published table (shown cells are constants, hidden cells
// are unknowns with the bounds their labels reveal), which hidden cells are pinned to one value?
// Tables are small (tens of unknowns), so a dense two-phase tableau with Bland's rule is enough.

const EPS = 1e-9;

export interface LinearSystem {
	/** bounds of each unknown; upper may be Infinity */
	lower: number[];
	upper: number[];
	/** equality rows: Σ coef·x = rhs */
	rows: { vars: number[]; coefs: number[]; rhs: number }[];
}

interface Tableau {
	t: Float64Array[]; // m rows of width n + 1 (last column: rhs)
	basis: number[];
	n: number; // structural + slack columns
}

function pivot(tab: Tableau, r: number, c: number): void {
	const { t } = tab;
	const w = tab.n + 1;
	const pr = t[r];
	const p = pr[c];
	for (let j = 0; j < w; j++) pr[j] /= p;
	for (let i = 0; i < t.length; i++) {
		if (i === r) continue;
		const row = t[i];
		const f = row[c];
		if (Math.abs(f) < EPS) continue;
		for (let j = 0; j < w; j++) row[j] -= f * pr[j];
	}
	tab.basis[r] = c;
}

/** Minimises cost·y over the tableau's polytope from its feasible basis; false when unbounded. */
function minimise(tab: Tableau, cost: Float64Array, allowed: (j: number) => boolean): boolean {
	const { t, basis, n } = tab;
	const isBasic = new Uint8Array(n);
	for (const b of basis) isBasic[b] = 1;
	// reduced costs d_j = c_j − Σ c_B(i)·t[i][j], then kept up to date by each pivot
	const d = Float64Array.from(cost.subarray(0, n));
	for (let i = 0; i < t.length; i++) {
		const cb = cost[basis[i]];
		if (cb !== 0) for (let j = 0; j < n; j++) d[j] -= cb * t[i][j];
	}
	for (let iter = 0; iter < 20000; iter++) {
		// Dantzig's rule (steepest reduced cost) first; Bland's rule later so that degenerate
		// tables cannot cycle
		const bland = iter > 200;
		let enter = -1;
		for (let j = 0; j < n; j++) {
			if (isBasic[j] || d[j] >= -EPS || !allowed(j)) continue;
			if (enter < 0 || (!bland && d[j] < d[enter])) enter = j;
			if (bland) break;
		}
		if (enter < 0) return true;
		let leave = -1;
		let best = Infinity;
		for (let i = 0; i < t.length; i++) {
			const a = t[i][enter];
			if (a > EPS) {
				const ratio = t[i][n] / a;
				if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i] < basis[leave])) {
					best = ratio;
					leave = i;
				}
			}
		}
		if (leave < 0) return false;
		isBasic[basis[leave]] = 0;
		isBasic[enter] = 1;
		pivot(tab, leave, enter);
		const f = d[enter];
		const pr = t[leave];
		for (let j = 0; j < n; j++) d[j] -= f * pr[j];
	}
	throw new Error('simplex did not converge');
}

function valueOf(tab: Tableau, j: number): number {
	const i = tab.basis.indexOf(j);
	return i < 0 ? 0 : tab.t[i][tab.n];
}

/**
 * The range [lo, hi] each unknown can take over the real relaxation of the system, or null when
 * the system has no solution. `skip(i)` lets the caller avoid solving for unknowns it already
 * knows are free (a feasible vertex found on the way that moves them proves it).
 */
export function variableRanges(
	sys: LinearSystem,
	skip: (i: number, lo: number, hi: number) => boolean = () => false
): { lo: number[]; hi: number[] } | null {
	const k = sys.lower.length;
	const bounded = sys.upper.map((u, i) => (Number.isFinite(u) ? i : -1)).filter((i) => i >= 0);
	const nSlack = bounded.length;
	const m = sys.rows.length + nSlack;
	const nArt = sys.rows.length;
	const n = k + nSlack + nArt;
	const t: Float64Array[] = [];
	const basis: number[] = [];
	// y = x − lower ≥ 0; equality rows get an artificial, bound rows y_j + s_j = u_j − l_j a slack
	sys.rows.forEach((row, r) => {
		const line = new Float64Array(n + 1);
		let rhs = row.rhs;
		row.vars.forEach((v, q) => {
			line[v] += row.coefs[q];
			rhs -= row.coefs[q] * sys.lower[v];
		});
		if (rhs < 0) {
			for (let j = 0; j < k; j++) line[j] = -line[j];
			rhs = -rhs;
		}
		line[k + nSlack + r] = 1;
		line[n] = rhs;
		t.push(line);
		basis.push(k + nSlack + r);
	});
	bounded.forEach((v, s) => {
		const line = new Float64Array(n + 1);
		line[v] = 1;
		line[k + s] = 1;
		line[n] = sys.upper[v] - sys.lower[v];
		t.push(line);
		basis.push(k + s);
	});
	const tab: Tableau = { t, basis, n };
	if (m > 0) {
		const phase1 = new Float64Array(n);
		for (let j = k + nSlack; j < n; j++) phase1[j] = 1;
		minimise(tab, phase1, () => true);
		let infeasibility = 0;
		for (let j = k + nSlack; j < n; j++) infeasibility += valueOf(tab, j);
		if (infeasibility > 1e-6) return null;
		// drive artificials out of the basis; a row with nothing else left is redundant
		for (let i = t.length - 1; i >= 0; i--) {
			if (basis[i] < k + nSlack) continue;
			let c = -1;
			for (let j = 0; j < k + nSlack && c < 0; j++) if (Math.abs(t[i][j]) > EPS) c = j;
			if (c >= 0) pivot(tab, i, c);
			else {
				t.splice(i, 1);
				basis.splice(i, 1);
			}
		}
	}
	const allowed = (j: number) => j < k + nSlack;
	const lo = sys.lower.map(() => Infinity);
	const hi = sys.lower.map(() => -Infinity);
	const record = (from: Tableau) => {
		for (let j = 0; j < k; j++) {
			const x = valueOf(from, j) + sys.lower[j];
			lo[j] = Math.min(lo[j], x);
			hi[j] = Math.max(hi[j], x);
		}
	};
	record(tab);
	const solve = (cost: Float64Array) => {
		const work: Tableau = { t: tab.t.map((r) => r.slice()), basis: tab.basis.slice(), n };
		const bounded = minimise(work, cost, allowed);
		if (bounded) record(work);
		return bounded;
	};
	for (let i = 0; i < k; i++) {
		if (skip(i, lo[i], hi[i])) continue;
		for (const sign of [1, -1]) {
			if (skip(i, lo[i], hi[i])) break;
			const cost = new Float64Array(n);
			cost[i] = sign;
			if (!solve(cost)) {
				if (sign === 1)
					lo[i] = -Infinity; // cannot happen with y ≥ 0, kept for safety
				else hi[i] = Infinity;
			}
		}
	}
	return { lo, hi };
}
