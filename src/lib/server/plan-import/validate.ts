// Table → resolved sections and actions, or every row error found (all rows are checked, so the
// user sees the whole list at once). Layout rules: see README.md.
import { buildInstitutionIndex, parseBodies, type InstitutionRef } from './bodies';
import { parsePeriod } from './period';
import type { ImportError, PlanTable, ResolvedAction, ResolvedSection, TableRow } from './types';

export interface ValidateContext {
	plan: { startYear: number; endYear: number };
	/** section codes the target plan already has */
	existingSections: string[];
	institutions: InstitutionRef[];
}

export type ValidateResult =
	| { ok: true; sections: ResolvedSection[]; actions: ResolvedAction[] }
	| { ok: false; errors: ImportError[] };

const SECTION_CODE = /^\d+\.\d+$/;
const ACTION_CODE = /^\d+\.\d+\.\d+$/;
// a section header written the decree's way: "4.1. Title" in the Action column, No. empty
const SECTION_HEADING = /^(\d+\.\d+)\.?\s+(\S.*)$/s;

const YES = ['yes', 'true', '1', 'x', 'beli', 'he', '✓'];
const NO = ['no', 'false', '0', 'xeyr', 'yox'];

export function validateTable(table: PlanTable, ctx: ValidateContext): ValidateResult {
	const errors: ImportError[] = [];
	const err = (
		row: TableRow,
		column: ImportError['column'],
		key: string,
		params?: ImportError['params']
	) => errors.push({ row: row.row, column, key: `plan_import.error.${key}`, params });
	const byId = new Map(ctx.institutions.map((i) => [i.id, i]));
	const index = buildInstitutionIndex(ctx.institutions);

	const sections: ResolvedSection[] = [];
	const actions: ResolvedAction[] = [];
	const seen = new Map<string, number>();
	const pending: { row: TableRow; code: string }[] = [];

	for (const row of table.rows) {
		const c = row.cells;
		const rawCode = (c.code ?? '').replace(/\.$/, '');
		const heading = rawCode === '' ? (c.textAz ?? c.textEn ?? '').match(SECTION_HEADING) : null;
		const code = heading ? heading[1] : rawCode;
		if (code === '') {
			err(row, 'code', 'code_missing');
			continue;
		}
		if (seen.has(code)) err(row, 'code', 'code_twice', { code, first: seen.get(code)! });
		else seen.set(code, row.row);

		if (SECTION_CODE.test(code)) {
			const strip = (t: string | undefined) =>
				(t ?? '').replace(SECTION_HEADING, (_m, num, rest) => (num === code ? rest : _m)).trim();
			const titleAz = strip(c.textAz);
			const titleEn = strip(c.textEn);
			if (titleAz === '' && titleEn === '') err(row, 'textAz', 'section_title_missing', { code });
			if (c.bodies || c.period)
				err(row, c.bodies ? 'bodies' : 'period', 'section_has_action_cells', { code });
			const source = [c.source, c.note].filter(Boolean).join(' — ') || null;
			sections.push({ row: row.row, code, titleAz, titleEn, source });
			continue;
		}
		if (!ACTION_CODE.test(code)) {
			err(row, 'code', 'code_malformed', { code });
			continue;
		}
		pending.push({ row, code });
	}

	const declared = new Set([...ctx.existingSections, ...sections.map((s) => s.code)]);
	for (const { row, code } of pending) {
		const c = row.cells;
		const sectionCode = code.split('.').slice(0, 2).join('.');
		if (!declared.has(sectionCode))
			err(row, 'code', 'section_unknown', { code, section: sectionCode });
		if (!c.textAz && !c.textEn) err(row, 'textAz', 'text_missing', { code });
		const period = parsePeriod(c.period, ctx.plan);
		if (!period.ok) err(row, 'period', period.key.replace('plan_import.error.', ''), period.params);
		const bodies = parseBodies(c.bodies, index, byId);
		if (!bodies.ok)
			for (const e of bodies.errors)
				err(row, 'bodies', e.key.replace('plan_import.error.', ''), e.params);
		const sampleText = (c.sample ?? '').toLowerCase().replace(/ə/g, 'e');
		const sample = YES.includes(sampleText);
		if (!sample && sampleText !== '' && !NO.includes(sampleText))
			err(row, 'sample', 'sample_invalid', { value: c.sample ?? '' });
		if (!period.ok || !bodies.ok) continue;
		actions.push({
			row: row.row,
			code,
			sectionCode,
			textAz: c.textAz ?? null,
			textEn: c.textEn ?? null,
			startYear: period.startYear,
			endYear: period.endYear,
			sample,
			source: c.source ?? null,
			note: c.note ?? null,
			bodies: bodies.bodies
		});
	}
	errors.sort((a, b) => a.row - b.row);
	return errors.length ? { ok: false, errors } : { ok: true, sections, actions };
}
