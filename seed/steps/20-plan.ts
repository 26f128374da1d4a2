// The 4NAP-CT plan, loaded through the plan importer like any admin's file:
//   - real rows from seed/data/plan-4nap-ct-2020-2024.json (section 4.1 and its known items,
//     4.2.1, the four unnumbered awareness actions), each with its source and note;
//   - section rows 4.2–4.5 and the sample actions (flagged `sample`) from
//     seed/data/plan-4nap-ct-samples.csv, which is in the importer's own layout.
// Re-running it re-imports into the existing plan (updates by code), so the step is idempotent.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { plan } from '../../src/lib/server/db/schema';
import { SYSTEM_ACTOR } from '../../src/lib/server/audit';
import { importPlanFile } from '../../src/lib/server/plan-import';
import { parseCsv } from '../../src/lib/server/plan-import/csv';
import { readSeedJson, type SeedContext } from '../context';

interface SourceAction {
	code: string;
	text_az: string | null;
	text_en: string | null;
	lead: string | null;
	partners: string[];
	deadline: string | null;
	source: string;
	note?: string;
}
interface PlanJson {
	title_az: string;
	approved: string;
	approved_source: string;
	sections: {
		code: string;
		title_az: string | null;
		title_en: string | null;
		source: string;
		actions: SourceAction[];
	}[];
	unnumbered_actions_described: { source: string; items_az: string[]; items_en: string[] };
}

type Row = Record<string, string>;

// items whose text is not in any source: what is known about them, marked as such
const UNKNOWN_TEXT: Record<string, { az: string; en: string }> = {
	'4.1.9': {
		az: '[Mətn məlum deyil] Bənd təsirinə görə məlumdur: insan alveri qurbanlarının Milli Referal Mexanizmi Qaydalarına dəyişiklik (Nazirlər Kabinetinin 26 aprel 2022-ci il tarixli 174 nömrəli Qərarı) onun icrası üçün qəbul edilib.',
		en: '[Text not known] Known by its effect: the amendment of the Rules of the National Referral Mechanism for victims of trafficking (Cabinet of Ministers Decision No. 174 of 26 April 2022) was adopted to implement it.'
	},
	'4.2.1': {
		az: '[Mətn məlum deyil] Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi bu bənd üzrə hesabat verir; mətn mənbədə kəsilib.',
		en: '[Text not known] The State Committee for Family, Women and Children Affairs reports under this item; the text is truncated in the source.'
	}
};

/**
 * The stored copies mark their own gaps ("(translation)", "… [text truncated in source]"): useful
 * in the data file, noise in a document handed to a round table. Keep the ellipsis, drop the
 * markers (the row's Note and Source still say where the text comes from).
 */
export function withoutMarkers(text: string | null): string | null {
	if (text === null) return null;
	return text
		.replace(/\s*\((?:translation|truncated)\)\s*$/i, '')
		.replace(/\s*\[(?:text truncated in source|truncated)\]/gi, '')
		.replace(/\s*\((?:translation|truncated)\)\s*$/i, '')
		.trim();
}

function realRow(a: SourceAction): Row {
	const bodies = [
		...(a.lead ? [a.lead] : []),
		// a partner named without a lead is a co-implementer, not the lead
		...a.partners.map((p) => (a.lead ? p : `${p} (partner)`))
	];
	return {
		'No.': a.code,
		'Action (az)': withoutMarkers(a.text_az) ?? UNKNOWN_TEXT[a.code]?.az ?? '',
		'Action (en)': withoutMarkers(a.text_en) ?? UNKNOWN_TEXT[a.code]?.en ?? '',
		'Executing bodies': bodies.join('; '),
		Period: a.deadline ?? '',
		Source: a.source,
		Note: a.note ?? '',
		Sample: 'no'
	};
}

function csvRows(name: string): Row[] {
	const here = dirname(fileURLToPath(import.meta.url));
	const [header, ...rows] = parseCsv(readFileSync(resolve(here, '../data', name), 'utf8'));
	return rows
		.filter((r) => r.some((c) => c !== ''))
		.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export function planRows(data: PlanJson): Row[] {
	const rows: Row[] = [];
	const s41 = data.sections.find((s) => s.code === '4.1')!;
	rows.push({
		'No.': '4.1',
		'Action (az)': withoutMarkers(s41.title_az) ?? '',
		'Action (en)': withoutMarkers(s41.title_en) ?? '',
		Source: s41.source
	});
	for (const s of data.sections) rows.push(...s.actions.map(realRow));
	const u = data.unnumbered_actions_described;
	u.items_az.forEach((az, i) =>
		rows.push({
			'No.': `4.5.${i + 1}`,
			'Action (az)': withoutMarkers(az) ?? '',
			'Action (en)': withoutMarkers(u.items_en[i] ?? null) ?? '',
			'Executing bodies': 'MOC (partner)',
			Period: '',
			Source: u.source,
			Note: `The decree's number for this action is not known: code 4.5.${i + 1} was assigned for the demo in the awareness section. The source (a Ministry of Culture news item) names the Ministry of Culture among the executing bodies, among others; whether it leads is not stated.`,
			Sample: 'no'
		})
	);
	rows.push(...csvRows('plan-4nap-ct-samples.csv'));
	return rows;
}

export default async function seedPlan({ db, now, log }: SeedContext) {
	const data = readSeedJson<PlanJson>('plan-4nap-ct-2020-2024.json');
	const existing = db.select().from(plan).where(eq(plan.code, '4NAP-CT')).get();
	const target = existing
		? { planId: existing.id }
		: {
				plan: {
					code: '4NAP-CT',
					titleAz: data.title_az,
					titleEn:
						'National Action Plan on Combating Trafficking in Human Beings in the Republic of Azerbaijan for 2020–2024',
					startYear: 2020,
					endYear: 2024,
					approvalRef: data.approved,
					source: data.approved_source
				}
			};
	const bytes = new TextEncoder().encode(JSON.stringify(planRows(data)));
	const result = await importPlanFile(
		db,
		SYSTEM_ACTOR,
		target,
		{ name: '4nap-ct-seed.json', bytes },
		{ now }
	);
	if (!result.ok) {
		for (const e of result.errors)
			log(`row ${e.row} ${e.column ?? ''}: ${e.key} ${JSON.stringify(e.params ?? {})}`);
		throw new Error('the 4NAP-CT seed did not pass the plan importer');
	}
	const s = result.summary;
	log(
		`plan 4NAP-CT: ${s.actionsAdded.length} actions added, ${s.actionsChanged.length} changed, ${s.actionsUnchanged} unchanged`
	);
}
