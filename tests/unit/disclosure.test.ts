import { describe, expect, it } from 'vitest';
import {
	CONFIDENTIAL_LABEL,
	auditSuppression,
	cellText,
	chartValue,
	isShown,
	protectTable,
	type ProtectInput
} from '../../src/lib/server/disclosure/rule';
import { pinnedCells, type Shown } from '../helpers/attacker';
import { prng, randomTable } from '../helpers/random-tables';

const T = 4;

function shownOf(table: ProtectInput, threshold = T) {
	const safe = protectTable(table, threshold);
	const shown = new Map<string, Shown>(
		[...safe].map(([id, c]) => [id, isShown(c) ? c.shown : c.label])
	);
	return { safe, shown, truth: new Map(table.cells.map((c) => [c.id, c.value])) };
}

describe('disclosure control: primary suppression and labels', () => {
	it('shows 1..threshold as "<5", keeps zeros and larger counts, and hides the partner cell', () => {
		const table: ProtectInput = {
			sensitive: true,
			cells: [
				{ id: 'total', value: 94 },
				{ id: 'national', value: 93 },
				{ id: 'foreign', value: 1 },
				{ id: 'stateless', value: 0 }
			],
			equations: [{ total: 'total', parts: ['national', 'foreign', 'stateless'] }]
		};
		const { safe, shown, truth } = shownOf(table);
		expect(pinnedCells({ shown, truth, equations: table.equations, threshold: T })).toEqual([]);
		expect(safe.get('foreign')).toEqual({ suppressed: true, label: '<5' });
		expect(safe.get('total')).toEqual({ shown: 94 });
		expect(safe.get('stateless')).toEqual({ shown: 0 });
		// 93 would give the foreign victim away, so it is hidden as confidential, not as "<5"
		expect(safe.get('national')).toEqual({ suppressed: true, label: CONFIDENTIAL_LABEL });
	});

	it('hides a zero beside a small total (group disclosure), labelled "<5"', () => {
		const { safe } = shownOf({
			sensitive: true,
			cells: [
				{ id: 't', value: 3 },
				{ id: 'women', value: 3 },
				{ id: 'men', value: 0 }
			],
			equations: [{ total: 't', parts: ['women', 'men'] }]
		});
		for (const id of ['t', 'women', 'men'])
			expect(safe.get(id)).toEqual({ suppressed: true, label: '<5' });
	});

	it('follows the configured threshold', () => {
		const table: ProtectInput = { sensitive: true, cells: [{ id: 'a', value: 7 }], equations: [] };
		expect(protectTable(table, 4).get('a')).toEqual({ shown: 7 });
		expect(protectTable(table, 10).get('a')).toEqual({ suppressed: true, label: '<11' });
	});

	it('passes figures that are not about persons through unchanged', () => {
		const { safe } = shownOf({ sensitive: false, cells: [{ id: 'a', value: 2 }], equations: [] });
		expect(safe.get('a')).toEqual({ shown: 2 });
	});

	it('never lets a chart value or a text carry a hidden number', () => {
		const hidden = { suppressed: true, label: '<5' } as const;
		expect(chartValue(hidden)).toBeNull();
		expect(cellText(hidden)).toBe('<5');
		expect(cellText({ shown: 1234 }, (n) => n.toLocaleString('en'))).toBe('1,234');
	});

	it('catches a pin made by bounds alone: two "<5" cells adding up to 8', () => {
		const table: ProtectInput = {
			sensitive: true,
			cells: [
				{ id: 't', value: 108 },
				{ id: 'a', value: 4 },
				{ id: 'b', value: 4 },
				{ id: 'c', value: 100 }
			],
			equations: [{ total: 't', parts: ['a', 'b', 'c'] }]
		};
		const value = new Map(table.cells.map((c) => [c.id, c.value]));
		// a reader sees t and c, so a + b = 8 with both at most 4: both are exactly 4
		expect(auditSuppression(table, value, new Set(['a', 'b']), T).sort()).toEqual(['a', 'b']);
		const { shown, truth } = shownOf(table);
		expect(pinnedCells({ shown, truth, equations: table.equations, threshold: T })).toEqual([]);
	});
});

describe('disclosure control: property test on random tables', () => {
	it('no hidden cell of a random linked table can be pinned (independent integer search)', () => {
		const rand = prng(20200722);
		let hiddenSeen = 0;
		let primary = 0;
		for (let i = 0; i < 200; i++) {
			const t = randomTable(rand);
			const table: ProtectInput = { ...t, sensitive: true };
			const { safe, shown, truth } = shownOf(table);
			for (const [id, c] of safe) {
				if (isShown(c)) expect(c.shown).toBe(truth.get(id));
				else {
					hiddenSeen++;
					expect(c.label).toBe(truth.get(id)! <= T ? '<5' : CONFIDENTIAL_LABEL);
				}
				// every small count of persons is hidden
				if (truth.get(id)! >= 1 && truth.get(id)! <= T) {
					primary++;
					expect(isShown(c)).toBe(false);
				}
			}
			const pinned = pinnedCells({ shown, truth, equations: table.equations, threshold: T });
			expect(pinned, `table ${i}: ${JSON.stringify(t)}`).toEqual([]);
		}
		expect(primary).toBeGreaterThan(700); // the generator really produces small cells
		console.log(`disclosure property: ${primary} small cells, ${hiddenSeen} hidden in all`);
	}, 180_000);
});
