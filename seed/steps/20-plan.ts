// Placeholder until the plan importer lands (issue 2): the plan, its five aims as sections and
// the two fully known real actions. To be replaced by an import of seed/data through the importer.
import { eq } from 'drizzle-orm';
import { action, actionInstitution, institution, plan, planSection } from '../../src/lib/server/db/schema';
import { codeSortKey, foldForSearch } from '../../src/lib/text';
import { readSeedJson, type SeedContext } from '../context';

interface PlanJson {
	title_az: string;
	aims_en: string[];
	sections: { code: string; title_az: string | null; title_en: string | null; source: string; actions: { code: string; text_az: string | null; text_en: string | null; lead: string | null; deadline: string | null; source: string }[] }[];
}

export default function seedPlan({ db, log }: SeedContext) {
	const data = readSeedJson<PlanJson>('plan-4nap-ct-2020-2024.json');
	db.insert(plan)
		.values({
			code: '4NAP-CT',
			titleAz: data.title_az,
			titleEn: 'National Action Plan on Combating Trafficking in Persons in the Republic of Azerbaijan for 2020–2024',
			startYear: 2020,
			endYear: 2024,
			approvalRef: 'Presidential Order No. 2173 of 22 July 2020'
		})
		.onConflictDoNothing()
		.run();
	const p = db.select().from(plan).where(eq(plan.code, '4NAP-CT')).get()!;
	data.aims_en.forEach((aim, i) => {
		const code = `4.${i + 1}`;
		const known = data.sections.find((s) => s.code === code);
		db.insert(planSection)
			.values({ planId: p.id, code, titleAz: known?.title_az ?? aim, titleEn: known?.title_en ?? aim, sortOrder: i + 1 })
			.onConflictDoNothing()
			.run();
	});
	const s41 = db.select().from(planSection).where(eq(planSection.code, '4.1')).get()!;
	const cabmin = db.select().from(institution).where(eq(institution.code, 'CABMIN')).get()!;
	for (const a of data.sections[0].actions.slice(0, 2)) {
		const [start, end] = (a.deadline ?? '2020-2024').split('-').map(Number);
		const row = db
			.insert(action)
			.values({
				planId: p.id,
				sectionId: s41.id,
				code: a.code,
				textAz: a.text_az,
				textEn: a.text_en,
				startYear: start,
				endYear: end,
				source: a.source,
				sortKey: codeSortKey(a.code),
				searchText: foldForSearch(`${a.code} ${a.text_az} ${a.text_en}`)
			})
			.onConflictDoNothing()
			.returning()
			.get();
		if (row) db.insert(actionInstitution).values({ actionId: row.id, institutionId: cabmin.id, role: 'lead' }).run();
	}
	log('plan 4NAP-CT (placeholder)');
}
