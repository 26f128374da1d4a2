import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { actorFor, createStatisticsDb, instId } from '../../factories/statistics';
import {
	deleteCategory,
	saveCategory,
	saveDimension,
	saveMetric
} from '../../../src/lib/server/statistics/admin';
import {
	loadDimensions,
	loadMetrics,
	metricsForInstitution
} from '../../../src/lib/server/statistics/definitions';
import { parseMetricForm } from '../../../src/lib/server/forms/metric-form';
import { auditLog } from '../../../src/lib/server/db/schema';
import type { MetricInput } from '../../../src/lib/server/forms/metric-form';
import type { DB } from '../../../src/lib/server/db/connect';

const now = new Date('2024-05-02T09:00:00Z');
let db: DB;
beforeEach(() => {
	db = createStatisticsDb();
});
const dimId = (code: string) => loadDimensions(db).find((d) => d.code === code)!.id;
const metric = (code: string) => loadMetrics(db).find((m) => m.code === code)!;
const asInput = (code: string, o: Partial<MetricInput> = {}): MetricInput => {
	const m = metric(code);
	return {
		...m,
		dimensions: m.dimensions.map((d, i) => ({
			dimensionId: d.id,
			optional: d.optional,
			sortOrder: i
		})),
		...o
	};
};

describe('admin: metric definitions', () => {
	it('parses the metric form, with dimensions in the chosen order and reporters', () => {
		const f = new FormData();
		for (const [k, v] of Object.entries({
			code: 'shelter_days',
			nameAz: 'Sığınacaq günləri',
			nameEn: 'Shelter days',
			unit: 'persons',
			active: 'on',
			dim_7: 'optional',
			dimorder_7: '2',
			dim_3: 'required',
			dimorder_3: '1'
		}))
			f.set(k, v);
		f.append('inst', '4');
		f.append('inst', '4');
		const r = parseMetricForm(f);
		expect(r.ok && r.data).toMatchObject({
			code: 'shelter_days',
			unit: 'persons',
			active: true,
			sensitive: false,
			institutionIds: [4],
			dimensions: [
				{ dimensionId: 3, optional: false },
				{ dimensionId: 7, optional: true }
			]
		});
		f.set('code', 'Bad Code');
		f.set('nameEn', '');
		const bad = parseMetricForm(f);
		expect(!bad.ok && bad.errors).toEqual({
			code: 'stat.admin.code_invalid',
			nameEn: 'error.required'
		});
	});

	it('creates a metric that the chosen institutions then report, and audits it', () => {
		const admin = actorFor(db, 'admin');
		const VAC = instId(db, 'VAC');
		const r = saveMetric(
			db,
			admin,
			null,
			{
				code: 'shelter_days',
				nameAz: 'Sığınacaq günləri',
				nameEn: 'Shelter days',
				descriptionAz: null,
				descriptionEn: null,
				unit: 'persons',
				sensitive: true,
				active: true,
				sortOrder: 200,
				institutionIds: [VAC],
				dimensions: [{ dimensionId: dimId('sex'), optional: false, sortOrder: 1 }]
			},
			now
		);
		expect(r.ok).toBe(true);
		expect(metricsForInstitution(db, VAC).map((m) => m.code)).toContain('shelter_days');
		expect(metric('shelter_days').dimensions.map((d) => d.code)).toEqual(['sex']);
		expect(db.select().from(auditLog).where(eq(auditLog.entity, 'stat_metric')).all()).toHaveLength(
			1
		);
		expect(saveMetric(db, admin, null, asInput('shelter_days'), now)).toEqual({
			ok: false,
			errors: { code: 'stat.admin.code_taken' }
		});
	});

	it('locks codes in use and keeps dimensions that stored figures use', () => {
		const admin = actorFor(db, 'admin');
		const v = metric('victims_identified');
		expect(
			saveMetric(db, admin, v.id, asInput('victims_identified', { code: 'victims' }), now)
		).toEqual({ ok: false, errors: { code: 'stat.admin.code_locked' } });
		const withoutSex = asInput('victims_identified', {
			dimensions: asInput('victims_identified').dimensions.filter(
				(d) => d.dimensionId !== dimId('sex')
			)
		});
		expect(saveMetric(db, admin, v.id, withoutSex, now)).toEqual({
			ok: false,
			errors: { form: 'stat.admin.dimension_in_use' }
		});
		// an unused optional dimension can go, and names can change
		const withoutBand = asInput('victims_identified', {
			nameEn: 'Victims identified (police)',
			dimensions: asInput('victims_identified').dimensions.filter(
				(d) => d.dimensionId !== dimId('age_band')
			)
		});
		expect(saveMetric(db, admin, v.id, withoutBand, now).ok).toBe(true);
		expect(metric('victims_identified').nameEn).toBe('Victims identified (police)');
		expect(metric('victims_identified').dimensions.map((d) => d.code)).not.toContain('age_band');
	});

	it('edits dimensions and categories, refusing to rename or delete what figures use', () => {
		const admin = actorFor(db, 'admin');
		const sex = dimId('sex');
		expect(
			saveDimension(
				db,
				admin,
				sex,
				{ code: 'gender', nameAz: 'Cins', nameEn: 'Sex', glotip: null, sortOrder: 0 },
				now
			)
		).toEqual({ ok: false, errors: { code: 'stat.admin.code_locked' } });
		expect(
			saveDimension(
				db,
				admin,
				sex,
				{ code: 'sex', nameAz: 'Cinsi', nameEn: 'Sex', glotip: null, sortOrder: 0 },
				now
			).ok
		).toBe(true);
		const female = loadDimensions(db)
			.find((d) => d.id === sex)!
			.categories.find((c) => c.code === 'female')!;
		expect(deleteCategory(db, admin, sex, female.id, now)).toEqual({
			ok: false,
			errors: { form: 'stat.admin.category_in_use' }
		});
		const added = saveCategory(
			db,
			admin,
			sex,
			null,
			{ code: 'other', nameAz: 'Digər', nameEn: 'Other', glotip: null, sortOrder: 3 },
			now
		);
		expect(added.ok).toBe(true);
		expect(
			saveCategory(
				db,
				admin,
				sex,
				null,
				{ code: 'other', nameAz: 'x', nameEn: 'x', glotip: null, sortOrder: 4 },
				now
			)
		).toEqual({ ok: false, errors: { code: 'stat.admin.code_taken' } });
		expect(deleteCategory(db, admin, sex, added.ok ? added.id : 0, now).ok).toBe(true);
		expect(deleteCategory(db, admin, dimId('age'), female.id, now)).toEqual({
			ok: false,
			errors: { form: 'stat.error.not_found' }
		});
	});
});

describe('admin: statistics years', () => {
	it('closes and opens a year and adds the next one, audited', async () => {
		const { setStatPeriodStatus, addNextStatYear, statPeriodForYear } =
			await import('../../../src/lib/server/statistics/periods');
		const admin = actorFor(db, 'admin');
		const y2023 = statPeriodForYear(db, 2023)!;
		expect(setStatPeriodStatus(db, admin, y2023.id, 'closed', now)).toBe(true);
		expect(statPeriodForYear(db, 2023)!.status).toBe('closed');
		expect(addNextStatYear(db, admin, now)).toMatchObject({
			code: '2025',
			status: 'open',
			scope: 'statistics',
			planId: null
		});
		expect(addNextStatYear(db, admin, now).code).toBe('2026');
		expect(
			db.select().from(auditLog).where(eq(auditLog.entity, 'reporting_period')).all()
		).toHaveLength(3);
	});
});
