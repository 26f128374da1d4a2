import { describe, expect, it } from 'vitest';
import { parseSnapshotForm } from '../../../src/lib/server/forms/snapshot-form';
import { packQuery, parsePackForm } from '../../../src/lib/server/forms/pack-form';
import { compareCsv, csvField } from '../../../src/lib/server/reviews/compare-export';

const fd = (o: Record<string, string>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(o)) f.append(k, v);
	return f;
};

describe('review forms', () => {
	it('parses the freeze form', () => {
		expect(
			parseSnapshotForm(fd({ name: ' Final review ', asOf: '2024-12-31', planId: '1' }))
		).toEqual({
			ok: true,
			data: { name: 'Final review', nameAz: null, asOf: '2024-12-31', planId: 1 }
		});
		const both = parseSnapshotForm(
			fd({ name: 'Final review', nameAz: ' Yekun icmal ', asOf: '2024-12-31', planId: '1' })
		);
		expect(both.ok ? both.data.nameAz : null).toBe('Yekun icmal');
		expect(parseSnapshotForm(fd({ name: '', asOf: '2024-02-30', planId: 'x' }))).toEqual({
			ok: false,
			errors: {
				name: 'error.required',
				asOf: 'reviews.date_invalid',
				planId: 'reviews.plan_unknown'
			},
			values: { name: '', asOf: '2024-02-30', planId: 'x' }
		});
		const long = parseSnapshotForm(fd({ name: 'x'.repeat(121), asOf: '2024-01-01', planId: '1' }));
		expect(long.ok ? null : long.errors.name).toBe('reviews.too_long');
	});

	it('parses the pack form and round-trips it through the print page query', () => {
		const r = parsePackForm(
			fd({
				snapshot: '3',
				scope: 'aim',
				sectionId: '7',
				institutionId: '2',
				locale: 'az',
				audience: 'donor'
			})
		);
		expect(r).toEqual({
			ok: true,
			data: { snapshotId: 3, scope: { kind: 'aim', sectionId: 7 }, locale: 'az', audience: 'donor' }
		});
		if (!r.ok) return;
		expect(parsePackForm(new URLSearchParams(packQuery(r.data)))).toEqual(r);
		expect(
			parsePackForm(fd({ snapshot: 'now', scope: 'institution', locale: 'en' }))
		).toMatchObject({ ok: false, errors: { scope: 'pack.scope_required' } });
		expect(
			parsePackForm(fd({ snapshot: '1;drop', scope: 'plan', locale: 'fr', audience: 'public' }))
		).toMatchObject({
			ok: false,
			errors: {
				snapshot: 'reviews.snapshot_not_found',
				locale: 'error.required',
				audience: 'error.required'
			}
		});
	});

	it('writes CSV that spreadsheets cannot mistake for formulas', () => {
		expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvField('-5')).toBe('-5');
		expect(csvField(-2.5)).toBe('-2.5');
		// issue 12: a minus and a digit do not make a number
		expect(csvField('-1+1')).toBe("'-1+1");
		expect(csvField("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
		expect(csvField('a,b')).toBe('"a,b"');
		const csv = compareCsv(
			{
				title: 'A vs B',
				beforeLabel: 'A',
				afterLabel: 'B',
				summary: { changed: 0, newlyCompleted: 0, stillDelayed: 0 },
				actions: [
					{
						code: '4.1.1',
						text: 'Şəbəkə',
						leads: 'DİN',
						before: 'x',
						after: 'y',
						beforeKey: 'x',
						afterKey: 'y',
						flags: []
					}
				],
				institutions: [],
				statistics: []
			},
			'az'
		);
		expect(csv.startsWith('\uFEFFA vs B\r\n')).toBe(true);
		expect(csv).toContain('4.1.1,Şəbəkə,DİN,x,y,');
	});
});
