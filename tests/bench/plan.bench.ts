// Plan importer and plan browser figures: `npx tsx tests/bench/plan.bench.ts`. Prints timings;
// asserts nothing (performance is measured, not assumed).
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../src/lib/server/db/connect';
import { importPlanFile } from '../../src/lib/server/plan-import';
import { toCsv } from '../../src/lib/server/plan-import/csv';
import { gridToXlsx } from '../../src/lib/server/plan-import/template';
import { browsePlan } from '../../src/lib/server/plan/browse';
import seedInstitutions from '../../seed/steps/10-institutions';
import seedPlan from '../../seed/steps/20-plan';

const ms = (t0: number) => `${(performance.now() - t0).toFixed(1)} ms`;
const db = openDatabase(':memory:');
const ctx = { db, now: new Date(), log: () => {} };
seedInstitutions(ctx);
let t0 = performance.now();
await seedPlan(ctx);
console.log(`seed plan (79 rows, JSON, through the importer): ${ms(t0)}`);

// a large table: 20 sections × 100 actions in both languages
const codes = ['MIA', 'PGO', 'VAC', 'NGO_TEMIZ_DUNYA', 'MLSPP', 'SUPREME_COURT'];
const grid = [['No.', 'Action (az)', 'Action (en)', 'Executing bodies', 'Period']];
for (let s = 1; s <= 20; s++) {
	grid.push([`9.${s}`, `Bölmə ${s}`, `Section ${s}`, '', '']);
	for (let a = 1; a <= 100; a++)
		grid.push([
			`9.${s}.${a}`,
			`Uşaqların istismarına qarşı tədbir ${a}`,
			`Measure ${a} against exploitation`,
			`${codes[a % 6]}; ${codes[(a + 1) % 6]}`,
			'2030-2032'
		]);
}
const meta = (code: string) => ({
	code,
	titleAz: code,
	titleEn: code,
	startYear: 2030,
	endYear: 2034,
	approvalRef: null,
	source: null
});
const actor = { id: null, role: 'admin' };
const csv = new TextEncoder().encode(toCsv(grid));
const xlsx = await gridToXlsx(grid, { sheetName: 'Plan' });
console.log(
	`large table: ${grid.length - 1} rows; CSV ${(csv.length / 1024).toFixed(0)} KiB, XLSX ${(xlsx.length / 1024).toFixed(0)} KiB`
);
for (const [name, bytes] of [
	['big.csv', csv],
	['big.xlsx', xlsx]
] as const) {
	t0 = performance.now();
	const r = await importPlanFile(db, actor, { plan: meta(name) }, { name, bytes });
	console.log(
		`import ${name}: ${ms(t0)} (${r.ok ? r.summary.actionsAdded.length + ' actions' : 'failed'})`
	);
	t0 = performance.now();
	const dry = await importPlanFile(
		db,
		actor,
		{ planId: r.ok ? r.summary.planId! : 0 },
		{ name, bytes },
		{ dryRun: true }
	);
	console.log(
		`re-import ${name} (dry run, all unchanged): ${ms(t0)} (${dry.ok ? dry.summary.actionsUnchanged + ' unchanged' : 'failed'})`
	);
}
const bad = grid.map((r, i) => (i > 0 && i % 50 === 0 ? [r[0], r[1], r[2], 'Nobody', r[4]] : r));
t0 = performance.now();
const br = await importPlanFile(
	db,
	actor,
	{ plan: meta('bad') },
	{ name: 'bad.csv', bytes: new TextEncoder().encode(toCsv(bad)) }
);
console.log(`import with ${br.ok ? 0 : br.errors.length} bad rows (nothing written): ${ms(t0)}`);

const big = db.$client.prepare("select id from plan where code = 'big.csv'").get() as {
	id: number;
};
for (const [label, f] of [
	['browse 2000 actions, no filter', { planId: big.id }],
	['browse, search "İSTİSMAR"', { planId: big.id, q: 'İSTİSMAR' }],
	['browse, search "measure 99"', { planId: big.id, q: 'measure 99' }]
] as const) {
	const runs = 20;
	t0 = performance.now();
	let n = 0;
	for (let i = 0; i < runs; i++) n = browsePlan(db, f).actions.length;
	console.log(
		`${label}: ${((performance.now() - t0) / runs).toFixed(1)} ms per query (${n} actions)`
	);
}
