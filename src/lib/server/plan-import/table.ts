// Grid → table: finds the header row and maps its cells, in Azerbaijani or English, to columns.
import { foldForSearch } from '../../text';
import type { Column, Grid, ImportError, PlanTable, TableRow } from './types';

type Base = 'code' | 'text' | 'bodies' | 'period' | 'source' | 'note' | 'sample';

// header names after normalizeHeader(): folded, punctuation and "(…)" removed
const ALIASES: Record<Base, string[]> = {
	code: ['no', 'nr', 'sira no si', 'sira no', 'sira nomresi', 'code', 'kod', 'number', 'nomre'],
	text: ['action', 'tedbirin adi', 'tedbir', 'text', 'action text', 'metn'],
	bodies: ['executing bodies', 'icraci orqanlar', 'bodies', 'executors', 'icracilar', 'icraci'],
	period: [
		'period',
		'implementation period',
		'icra muddeti',
		'years',
		'iller',
		'muddet',
		'deadline'
	],
	source: ['source', 'menbe'],
	note: ['note', 'notes', 'qeyd'],
	sample: ['sample', 'numune']
};
// without a language tag, the decree's Azerbaijani header holds Azerbaijani text
const AZ_TEXT_HEADERS = ['tedbirin adi', 'tedbir', 'metn'];

export function normalizeHeader(h: string): { base: string; lang: 'az' | 'en' | null } {
	let s = foldForSearch(h).replace(/№/g, ' no ').replace(/_/g, ' ');
	let lang: 'az' | 'en' | null = null;
	const tag = s.match(/[\s(\[]+(az|en)[)\]]?\s*$/);
	if (tag) {
		lang = tag[1] as 'az' | 'en';
		s = s.slice(0, tag.index);
	}
	s = s
		.replace(/\([^)]*\)/g, ' ')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
	return { base: s, lang };
}

export function headerColumn(h: string): Column | null {
	const { base, lang } = normalizeHeader(h);
	const kind = (Object.keys(ALIASES) as Base[]).find((k) => ALIASES[k].includes(base));
	if (!kind) return null;
	if (kind !== 'text') return kind;
	return (lang ?? (AZ_TEXT_HEADERS.includes(base) ? 'az' : 'en')) === 'az' ? 'textAz' : 'textEn';
}

const isBlank = (r: string[]) => r.every((c) => (c ?? '').trim() === '');

export function readTable(grid: Grid): { table: PlanTable; errors: ImportError[] } {
	const errors: ImportError[] = [];
	const headerIndex = grid.findIndex((r) => !isBlank(r));
	const table: PlanTable = { columns: [], ignored: [], rows: [] };
	if (headerIndex < 0) {
		errors.push({ row: 0, column: null, key: 'plan_import.error.empty' });
		return { table, errors };
	}
	const headerRow = headerIndex + 1;
	const map: (Column | null)[] = grid[headerIndex].map((h) => {
		if ((h ?? '').trim() === '') return null;
		const col = headerColumn(h);
		if (col === null) table.ignored.push(h.trim());
		else if (table.columns.includes(col)) {
			errors.push({
				row: headerRow,
				column: col,
				key: 'plan_import.error.column_twice',
				params: { header: h.trim() }
			});
			return null;
		} else table.columns.push(col);
		return col;
	});
	const need = (col: Column, key: string) => {
		if (!table.columns.includes(col)) errors.push({ row: headerRow, column: col, key });
	};
	need('code', 'plan_import.error.column_missing_code');
	if (!table.columns.includes('textAz') && !table.columns.includes('textEn'))
		errors.push({ row: headerRow, column: 'textAz', key: 'plan_import.error.column_missing_text' });
	need('bodies', 'plan_import.error.column_missing_bodies');
	need('period', 'plan_import.error.column_missing_period');

	for (let i = headerIndex + 1; i < grid.length; i++) {
		if (isBlank(grid[i])) continue;
		const row: TableRow = { row: i + 1, cells: {} };
		grid[i].forEach((v, c) => {
			const col = map[c];
			const text = (v ?? '').normalize('NFC').trim();
			if (col && text !== '') row.cells[col] = text;
		});
		table.rows.push(row);
	}
	if (table.rows.length === 0 && errors.length === 0)
		errors.push({ row: headerRow, column: null, key: 'plan_import.error.no_rows' });
	return { table, errors };
}
