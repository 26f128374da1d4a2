// The pack's results: per indicator, the yearly totals (a chart and a table) and the latest
// year's breakdown by each dimension. For donors each indicator is one protected table (yearly
// totals, and total = Σ categories for each dimension of the latest year) under the
// suppression rule, so no hidden count can be worked back from what the pack prints.
import type { DB } from '../../db/connect';
import { translate, type Locale } from '../../../i18n/core';
import { NOT_STATED } from '../../dashboards/cube';
import { formatNumber } from '../../../format';
import type { StatisticRow } from '../snapshot-source';
import { loadStatLabels } from '../../statistics/labels';
import { withUnit } from '../../dashboards/results';
import {
	cellText,
	chartValue,
	protectTable,
	type ProtectInput,
	type SafeCell
} from '../../disclosure/rule';

export interface PackResult {
	metric: string;
	code: string;
	byYear: { period: string; value: number | null; text: string; suppressed: boolean }[];
	breakdown: {
		period: string;
		groups: { category: string; text: string; suppressed: boolean }[][];
	} | null;
}

type Sum = { value: number; any: boolean };

function add(map: Map<string, Sum>, key: string, r: StatisticRow) {
	const s = map.get(key) ?? { value: 0, any: false };
	if (!r.notAvailable && r.value !== null) {
		s.value += r.value;
		s.any = true;
	}
	map.set(key, s);
}

/**
 * `threshold` null = full figures (government, IOM); a number = donors' suppression. `rows` are
 * already one figure per fact (statistics/combine.ts): what is left is added up (distinct
 * populations). "Not available" stays "—", never 0.
 */
export function buildResults(
	db: DB,
	rows: StatisticRow[],
	locale: Locale,
	threshold: number | null
): PackResult[] {
	if (rows.length === 0) return [];
	const labels = loadStatLabels(db);
	const fmt = (n: number) => formatNumber(n, locale);
	const metricIds = [...new Set(rows.map((r) => r.metricId))].sort(
		(a, b) => labels.metric(a).sortOrder - labels.metric(b).sortOrder || a - b
	);
	return metricIds.map((metricId) => {
		const m = labels.metric(metricId);
		const totals = new Map<string, Sum>();
		const cells = new Map<string, Sum>(); // "period|dim=cat"
		for (const r of rows) {
			if (r.metricId !== metricId) continue;
			const period = labels.period(r.periodId);
			if (r.categoryKey === '') add(totals, period, r);
			else if (!r.categoryKey.includes(';')) add(cells, `${period}|${r.categoryKey}`, r);
		}
		// a year without a total but with one dimension's breakdown: its total is that breakdown's sum
		for (const period of new Set([...cells.keys()].map((k) => k.split('|')[0]))) {
			if (totals.has(period)) continue;
			const mine = [...cells].filter(([k]) => k.startsWith(`${period}|`));
			if (new Set(mine.map(([k]) => k.split('|')[1].split('=')[0])).size !== 1) continue;
			totals.set(
				period,
				mine.reduce<Sum>((t, [, c]) => (c.any ? { value: t.value + c.value, any: true } : t), {
					value: 0,
					any: false
				})
			);
		}
		const periods = [...totals.keys()].sort();
		const latest = [...new Set([...cells.keys()].map((k) => k.split('|')[0]))].sort().at(-1);
		const byDim = new Map<string, string[]>(); // dim → category keys of the latest period
		for (const k of cells.keys()) {
			const [period, cat] = k.split('|');
			if (period !== latest) continue;
			const dim = cat.split('=')[0];
			byDim.set(dim, [...(byDim.get(dim) ?? []), cat].sort());
		}

		// one table per indicator: every available figure is a cell
		const input: ProtectInput = { cells: [], equations: [], sensitive: m.sensitive };
		for (const p of periods)
			if (totals.get(p)!.any) input.cells.push({ id: `y|${p}`, value: totals.get(p)!.value });
		for (const [k, s] of cells)
			if (s.any && k.startsWith(`${latest}|`)) input.cells.push({ id: `c|${k}`, value: s.value });
		const valueOf = new Map(input.cells.map((c) => [c.id, c.value]));
		// a partial breakdown is normal: the part of the total it does not account for is an
		// explicit "not stated" row, so the table adds up (for the reader and the disclosure audit)
		const total = valueOf.get(`y|${latest}`);
		for (const [dim, cats] of byDim) {
			const parts = cats.map((c) => `c|${latest}|${c}`);
			if (total === undefined || !parts.every((p) => valueOf.has(p))) continue;
			const sum = parts.reduce((t, p) => t + valueOf.get(p)!, 0);
			if (sum > total) continue; // refused on entry; never published as an identity
			if (sum < total) {
				const rest = `${dim}=${NOT_STATED}`;
				input.cells.push({ id: `c|${latest}|${rest}`, value: total - sum });
				parts.push(`c|${latest}|${rest}`);
				byDim.set(dim, [...cats, rest]);
			}
			input.equations.push({ total: `y|${latest}`, parts });
		}
		const safe: Map<string, SafeCell> =
			threshold === null
				? new Map(input.cells.map((c) => [c.id, { shown: c.value }]))
				: protectTable(input, threshold);
		const show = (id: string) => {
			const c = safe.get(id);
			if (!c) return { value: null, text: '—', suppressed: false };
			return { value: chartValue(c), text: cellText(c, fmt), suppressed: chartValue(c) === null };
		};

		return {
			// named with what it counts, as on the results page ("Victims identified (persons)")
			metric: withUnit(m, m.unit)[locale],
			code: m.code,
			byYear: periods.map((period) => ({ period, ...show(`y|${period}`) })),
			breakdown: latest
				? {
						period: latest,
						groups: [...byDim.keys()].sort().map((dim) =>
							byDim.get(dim)!.map((cat) => ({
								category: cat.endsWith(`=${NOT_STATED}`)
									? translate(locale, 'results.not_stated')
									: labels.category(cat)[locale],
								...show(`c|${latest}|${cat}`)
							}))
						)
					}
				: null
		};
	});
}
