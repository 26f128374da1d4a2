import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../helpers/test-db';
import { makeWorld } from '../../factories/progress';
import { contentChanged, saveReport, startReport } from '../../../src/lib/server/progress/reports';
import type { ReportContent } from '../../../src/lib/server/forms/report-form';

const NOW = new Date('2024-03-01T10:00:00Z');
const content = (o: Partial<ReportContent> = {}): ReportContent => ({
	status: 'in_progress',
	percent: 40,
	doneAz: null,
	doneEn: 'Training held',
	obstaclesAz: null,
	obstaclesEn: null,
	nextStepsAz: null,
	nextStepsEn: null,
	indicators: {},
	...o
});

describe('an upload with unchanged text', () => {
	it('is told apart from an edit, so that it saves no empty version', () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const me = { id: w.fpA.id, role: 'focal_point', institutionId: w.instA.id };
		const r = startReport(db, me, { actionId: w.action.id, periodId: w.period.id }, NOW);
		if (!r.ok) throw new Error('start');
		expect(contentChanged(db, r.id, content())).toBe(true);
		expect(saveReport(db, me, r.id, 1, content(), NOW)).toMatchObject({ ok: true, version: 2 });
		expect(contentChanged(db, r.id, content())).toBe(false);
		expect(contentChanged(db, r.id, content({ doneEn: 'Training held twice' }))).toBe(true);
		expect(contentChanged(db, r.id, content({ percent: 50 }))).toBe(true);
	});
});
