// Statistics timings on a seeded in-memory database: prints figures, asserts nothing.
// Run: npx tsx tests/bench/statistics.ts
import { openDatabase } from '../../src/lib/server/db/connect';
import seedInstitutions from '../../seed/steps/10-institutions';
import seedStatistics from '../../seed/steps/60-statistics';
import { makeUser } from '../factories/index';
import { instId, periodId } from '../factories/statistics';
import { reportView, gridMetrics } from '../../src/lib/server/statistics/view';
import { saveCells, type CellChange } from '../../src/lib/server/statistics/reports';
import { buildStatFile } from '../../src/lib/server/statistics/files/export';
import { commitStatFile, previewStatFile } from '../../src/lib/server/statistics/files/service';
import { reconcile } from '../../src/lib/server/statistics/reconcile';

const db = openDatabase(':memory:');
const now = new Date();
let t0 = performance.now();
seedInstitutions({ db, now, log: () => {} });
seedStatistics({ db, now, log: () => {} });
console.log(`seed statistics: ${(performance.now() - t0).toFixed(0)} ms`);

const MIA = instId(db, 'MIA');
const y2023 = periodId(db, 2023);
const u = makeUser(db, { role: 'focal_point', institutionId: MIA });
const actor = { id: u.id, role: u.role, institutionId: MIA };
// every cell of MIA's grid filled: the largest report there is
const metrics = gridMetrics(db, MIA, new Map());
const changes: CellChange[] = metrics.flatMap((m) =>
	m.layout.map((c, i) => ({
		metric: m.code,
		key: c.key,
		cell: {
			key: c.key,
			value: c.key === '' ? 1000 : i,
			notAvailable: false,
			derived: false,
			source: 'bench'
		}
	}))
);

function time(label: string, runs: number, fn: () => unknown) {
	fn();
	const start = performance.now();
	for (let i = 0; i < runs; i++) fn();
	console.log(`${label}: ${((performance.now() - start) / runs).toFixed(2)} ms (mean of ${runs})`);
}
async function timeAsync(label: string, runs: number, fn: () => Promise<unknown>) {
	await fn();
	const start = performance.now();
	for (let i = 0; i < runs; i++) await fn();
	console.log(`${label}: ${((performance.now() - start) / runs).toFixed(2)} ms (mean of ${runs})`);
}

t0 = performance.now();
const saved = saveCells(db, actor, {
	institutionId: MIA,
	periodId: y2023,
	expectedVersion: 0,
	now,
	changes
});
console.log(
	`save MIA grid, ${changes.length} cells in one transaction: ${(performance.now() - t0).toFixed(1)} ms (${saved.ok ? 'ok' : saved.error})`
);
time('report page data (MIA 2023, every cell filled, with validation and warnings)', 20, () =>
	reportView(db, actor, MIA, y2023, now)
);
time('report page data (MIA 2020, published figures)', 20, () =>
	reportView(db, actor, MIA, periodId(db, 2020), now)
);
const xlsx = (await buildStatFile(db, {
	institutionId: MIA,
	periodId: y2023,
	kind: 'export',
	format: 'xlsx',
	locale: 'en'
}))!;
const csv = (await buildStatFile(db, {
	institutionId: MIA,
	periodId: y2023,
	kind: 'export',
	format: 'csv',
	locale: 'en'
}))!;
console.log(
	`export sizes: xlsx ${(xlsx.bytes.length / 1024).toFixed(1)} KB, csv ${(csv.bytes.length / 1024).toFixed(1)} KB, ${changes.length} rows`
);
await timeAsync('export xlsx', 10, () =>
	buildStatFile(db, {
		institutionId: MIA,
		periodId: y2023,
		kind: 'export',
		format: 'xlsx',
		locale: 'en'
	})
);
await timeAsync('export csv', 10, () =>
	buildStatFile(db, {
		institutionId: MIA,
		periodId: y2023,
		kind: 'export',
		format: 'csv',
		locale: 'en'
	})
);
await timeAsync('import preview xlsx', 10, () => previewStatFile(db, MIA, y2023, xlsx.bytes));
await timeAsync('import preview csv', 10, () => previewStatFile(db, MIA, y2023, csv.bytes));
let version = saved.ok ? saved.version : 0;
await timeAsync('import commit xlsx (all rows, one transaction)', 5, async () => {
	const r = await commitStatFile(db, actor, {
		institutionId: MIA,
		periodId: y2023,
		bytes: xlsx.bytes,
		expectedVersion: version,
		now
	});
	if (r.ok) version = r.version;
});
time('reconciliation report 2020', 20, () => reconcile(db, periodId(db, 2020)));
db.$client.close();
