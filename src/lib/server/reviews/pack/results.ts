// The pack's results: per indicator, the yearly totals (a chart and a table) and the latest
// year's breakdown by each dimension. For donors every figure goes through the suppression rule.
import type { DB } from '../../db/connect';
import type { Locale } from '../../../i18n/core';
import { formatNumber } from '../../../format';
import type { StatisticRow } from '../snapshot-source';
import { loadStatLabels } from '../stat-labels';
import { discloseGroup, discloseOne } from './disclosure-adapter';

export interface PackResult {
	metric: string;
	code: string;
	byYear: { period: string; value: number | null; text: string; suppressed: boolean }[];
	breakdown: { period: string; groups: { category: string; text: string; suppressed: boolean }[][] } | null;
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
 * `threshold` null = full figures (government, IOM); a number = donors' suppression. Figures of
 * several institutions for the same indicator are added up (each indicator is normally reported
 * by one body; see stat_metric_institution).
 */
export function buildResults(db: DB, rows: StatisticRow[], locale: Locale, threshold: number | null): PackResult[] {
	if (rows.length === 0) return [];
	const labels = loadStatLabels(db);
	const fmt = (n: number) => formatNumber(n, locale);
	const metricIds = [...new Set(rows.map((r) => r.metricId))].sort(
		(a, b) => labels.metric(a).sortOrder - labels.metric(b).sortOrder || a - b
	);
	return metricIds.map((metricId) => {
		const mine = rows.filter((r) => r.metricId === metricId);
		const totals = new Map<string, Sum>();
		const cells = new Map<string, Sum>(); // "period|dim=cat"
		for (const r of mine) {
			const period = labels.period(r.periodId);
			if (r.categoryKey === '') add(totals, period, r);
			else if (!r.categoryKey.includes(';')) add(cells, `${period}|${r.categoryKey}`, r);
		}
		const periods = [...totals.keys()].sort();
		const show = (s: Sum | undefined) => (s?.any ? s.value : null);
		const byYear = periods.map((period) => {
			const v = show(totals.get(period));
			const d = threshold === null ? { value: v, text: v === null ? '' : fmt(v), suppressed: false } : discloseOne(v, threshold, fmt);
			return { period, value: d.value, text: d.text || '—', suppressed: d.suppressed };
		});
		const withCells = [...new Set([...cells.keys()].map((k) => k.split('|')[0]))].sort();
		const latest = withCells.at(-1);
		let breakdown: PackResult['breakdown'] = null;
		if (latest) {
			const byDim = new Map<string, { key: string; value: number | null }[]>();
			for (const [k, s] of cells) {
				const [period, cat] = k.split('|');
				if (period !== latest) continue;
				const dim = cat.split('=')[0];
				byDim.set(dim, [...(byDim.get(dim) ?? []), { key: cat, value: show(s) }]);
			}
			const groups = [...byDim.keys()].sort().map((dim) => {
				const list = byDim.get(dim)!.sort((a, b) => a.key.localeCompare(b.key));
				const shown =
					threshold === null
						? list.map((c) => ({ text: c.value === null ? '—' : fmt(c.value), suppressed: false }))
						: discloseGroup(list.map((c) => c.value), threshold, fmt).map((d) => ({ text: d.text || '—', suppressed: d.suppressed }));
				return list.map((c, i) => ({ category: labels.category(c.key)[locale], ...shown[i] }));
			});
			breakdown = { period: latest, groups };
		}
		const m = labels.metric(metricId);
		return { metric: m[locale], code: m.code, byYear, breakdown };
	});
}
