// The ids that the expectation table's sample paths use ({fp1Report}, …), looked up in the
// seeded database by what they are, not by number. fp1 and fp2 are focal points of two
// different institutions; every institution-bound sample belongs to fp1's institution.
import Database from 'better-sqlite3';

export const PRINCIPALS = {
	anon: null,
	admin: 'admin@nap.test',
	reviewer: 'reviewer@nap.test',
	fp1: 'mia@nap.test',
	fp2: 'pgo@nap.test',
	donor: 'donor@nap.test'
} as const;
export type Principal = keyof typeof PRINCIPALS;

export function loadFixtures(dbPath: string): Record<string, string> {
	const db = new Database(dbPath, { readonly: true });
	const one = (sql: string, ...args: unknown[]) =>
		String(
			(db
				.prepare(sql)
				.pluck()
				.get(...args) as number | string | undefined) ?? 0
		);
	const fp1Inst = one('SELECT institution_id FROM user WHERE email = ?', PRINCIPALS.fp1);
	const fp1Report = one(
		'SELECT id FROM progress_report WHERE institution_id = ? ORDER BY id LIMIT 1',
		fp1Inst
	);
	const fp1Action = one('SELECT action_id FROM progress_report WHERE id = ?', fp1Report);
	const out = {
		fp1Inst,
		fp1Report,
		fp1Action,
		plan: one('SELECT plan_id FROM action WHERE id = ?', fp1Action),
		section: one('SELECT section_id FROM action WHERE id = ?', fp1Action),
		// a year still open for figures, so that fp1 may edit and import
		statPeriod: one("SELECT max(id) FROM reporting_period WHERE kind = 'year' AND status = 'open'"),
		// a year in which fp1's institution has a statistics report (for the review action)
		statReportPeriod: one(
			'SELECT max(period_id) FROM stat_report WHERE institution_id = ?',
			fp1Inst
		),
		metric: one('SELECT min(id) FROM stat_metric'),
		dimension: one('SELECT min(id) FROM stat_dimension'),
		// an account that is none of the principals: admin actions on it (posted with empty forms)
		// must not sign a principal out
		otherUser: one('SELECT id FROM user WHERE email = ?', 'vac@nap.test'),
		otherInst: one('SELECT institution_id FROM user WHERE email = ?', 'vac@nap.test'),
		snapshot: one('SELECT min(id) FROM review_snapshot'),
		roundTable: one('SELECT min(id) FROM round_table')
	};
	db.close();
	return out;
}
